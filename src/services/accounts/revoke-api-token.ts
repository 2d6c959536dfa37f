import type { ApiToken } from '../../domain/auth/account-types.js';
import { recordFromRow } from '../../store/record-kinds.js';
import { NotFoundError } from '../../domain/domain-error.js';

import type { WriteContext } from '../use-case-context.js';

/** Revokes a token at once; revoking it again changes nothing and writes nothing. */
export async function revokeApiToken(ctx: WriteContext, input: { id: string }): Promise<ApiToken> {
  const row = await ctx.db.selectFrom('api_tokens').selectAll().where('id', '=', input.id).executeTakeFirst();
  if (!row) throw new NotFoundError('api_token', input.id);
  if (row.revoked_at !== null) return recordFromRow('api_token', row);
  return recordFromRow('api_token', await ctx.records.update('api_token', 'revoked', row.id, { revoked_at: ctx.now }));
}
