import type { User } from '../../domain/auth/account-types.js';
import { recordFromRow } from '../../store/record-kinds.js';
import { NotFoundError } from '../../domain/domain-error.js';

import type { ReadContext } from '../use-case-context.js';

export async function getUser(ctx: ReadContext, input: { id: string }): Promise<User> {
  const row = await ctx.db.selectFrom('users').selectAll().where('id', '=', input.id).executeTakeFirst();
  if (!row) throw new NotFoundError('user', input.id);
  return recordFromRow('user', row);
}
