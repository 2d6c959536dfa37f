import type { User } from '../../domain/auth/account-types.js';
import { recordFromRow } from '../../store/record-kinds.js';

import type { WriteContext } from '../use-case-context.js';
import { getUser } from './get-user.js';
import { checkPasswordStrength } from './check-password-strength.js';
import { hashPassword } from './password-hash.js';
import { newPassword } from './secret-token.js';

export interface PasswordReset {
  user: User;
  /** The new password in clear, only when it was generated here; shown once. */
  generatedPassword: string | null;
}

/** Sets a new password and ends every session of the account; the log records that it happened, never the hash. */
export async function resetPassword(ctx: WriteContext, input: { id: string; password?: string }): Promise<PasswordReset> {
  const user = await getUser(ctx, input);
  if (input.password !== undefined) checkPasswordStrength(input.password);
  const generatedPassword = input.password === undefined ? newPassword() : null;
  const password_hash = await hashPassword(input.password ?? generatedPassword!);
  await ctx.db.deleteFrom('sessions').where('user_id', '=', user.id).execute();
  const row = await ctx.records.update('user', 'password_reset', user.id, { password_hash, updated_at: ctx.now });
  return { user: recordFromRow('user', row), generatedPassword };
}
