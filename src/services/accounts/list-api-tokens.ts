import type { ApiToken } from '../../domain/auth/account-types.js';
import { recordFromRow } from '../../store/record-kinds.js';

import type { ReadContext } from '../use-case-context.js';

/** Every token, newest first, without secrets (only their hashes are stored, and those stay in the database). */
export async function listApiTokens(ctx: ReadContext, input: { user_id?: string } = {}): Promise<ApiToken[]> {
  let query = ctx.db.selectFrom('api_tokens').selectAll().orderBy('created_at', 'desc').orderBy('id');
  if (input.user_id !== undefined) query = query.where('user_id', '=', input.user_id);
  return (await query.execute()).map((row) => recordFromRow('api_token', row));
}
