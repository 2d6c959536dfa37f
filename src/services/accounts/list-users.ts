import type { User } from '../../domain/auth/account-types.js';
import { recordFromRow } from '../../store/record-kinds.js';

import type { ReadContext } from '../use-case-context.js';

export async function listUsers(ctx: ReadContext): Promise<User[]> {
  const rows = await ctx.db.selectFrom('users').selectAll().orderBy('name').execute();
  return rows.map((row) => recordFromRow('user', row));
}
