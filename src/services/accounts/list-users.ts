import type { User } from '../../domain/auth/account-types.js';
import { userFromRow } from '../../store/queries/account-rows.js';
import type { ReadContext } from '../use-case-context.js';

export async function listUsers(ctx: ReadContext): Promise<User[]> {
  const rows = await ctx.db.selectFrom('users').selectAll().orderBy('name').execute();
  return rows.map(userFromRow);
}
