import { userActorId, type User } from '../../domain/auth/account-types.js';
import { recordFromRow } from '../../store/record-kinds.js';
import { RuleViolationError } from '../../domain/domain-error.js';

import type { WriteContext } from '../use-case-context.js';
import { getUser } from './get-user.js';

/**
 * Disables an account: the change is logged, its sessions end in the same
 * transaction, and its API tokens stop working (they check the user on every request).
 */
export async function disableUser(ctx: WriteContext, input: { id: string }): Promise<User> {
  const user = await getUser(ctx, input);
  if (ctx.actor.id === userActorId(user.id)) throw new RuleViolationError('self_disable', 'an administrator cannot disable their own account', 'id');
  await ctx.db.deleteFrom('sessions').where('user_id', '=', user.id).execute();
  if (user.disabled) return user;
  return recordFromRow('user', await ctx.records.update('user', 'disabled', user.id, { disabled: 1, updated_at: ctx.now }));
}
