import type { User } from '../../domain/auth/account-types.js';
import { recordFromRow } from '../../store/record-kinds.js';

import type { WriteContext } from '../use-case-context.js';
import { getUser } from './get-user.js';

/**
 * Enables a disabled account again, as a logged change: a disable made by mistake is undone
 * without a new account and a new identity in the log. The account signs in afresh (disabling
 * ended its sessions and revoked its tokens, so none comes back).
 */
export async function enableUser(ctx: WriteContext, input: { id: string }): Promise<User> {
  const user = await getUser(ctx, input);
  if (!user.disabled) return user;
  return recordFromRow('user', await ctx.records.update('user', 'enabled', user.id, { disabled: 0, updated_at: ctx.now }));
}
