import { userActorId, type User } from '../../domain/auth/account-types.js';
import { recordFromRow } from '../../store/record-kinds.js';
import { RuleViolationError } from '../../domain/domain-error.js';

import type { WriteContext } from '../use-case-context.js';
import { getUser } from './get-user.js';

/**
 * Disables an account: the change is logged, its sessions end in the same transaction,
 * and its live API tokens are revoked, each as a logged change, so that enabling the
 * account again never brings an old token back: its owner makes new ones.
 */
export async function disableUser(ctx: WriteContext, input: { id: string }): Promise<User> {
  const user = await getUser(ctx, input);
  if (ctx.actor.id === userActorId(user.id)) throw new RuleViolationError('self_disable', 'an administrator cannot disable their own account', 'id');
  await ctx.db.deleteFrom('sessions').where('user_id', '=', user.id).execute();
  if (user.disabled) return user;
  const live = await ctx.db.selectFrom('api_tokens').selectAll().where('user_id', '=', user.id).where('revoked_at', 'is', null).execute();
  await ctx.records.updateMany('api_token', 'revoked', live.map(({ log_index: _index, ...t }) => ({ ...t, revoked_at: ctx.now })), ['revoked_at']);
  return recordFromRow('user', await ctx.records.update('user', 'disabled', user.id, { disabled: 1, updated_at: ctx.now }));
}
