import type { ApiToken } from '../../domain/auth/account-types.js';
import { recordFromRow } from '../../store/record-kinds.js';
import { userActorId } from '../../domain/auth/account-types.js';
import { ForbiddenError, NotFoundError } from '../../domain/domain-error.js';
import { can } from '../../domain/policy/can.js';

import type { WriteContext } from '../use-case-context.js';

/** Revokes a token at once, by its owner or the administrator; revoking it again changes nothing and writes nothing. */
export async function revokeApiToken(ctx: WriteContext, input: { id: string }): Promise<ApiToken> {
  const row = await ctx.db.selectFrom('api_tokens').selectAll().where('id', '=', input.id).executeTakeFirst();
  if (!row) throw new NotFoundError('api_token', input.id);
  if (!can(ctx.actor, 'token.revoke', { ownerId: userActorId(row.user_id) })) throw new ForbiddenError(`${ctx.actor.role} may revoke only its own tokens`);
  if (row.revoked_at !== null) return recordFromRow('api_token', row);
  return recordFromRow('api_token', await ctx.records.update('api_token', 'revoked', row.id, { revoked_at: ctx.now }));
}
