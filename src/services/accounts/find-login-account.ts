import type { AccountRole } from '../../domain/auth/account-types.js';
import type { ReadContext } from '../use-case-context.js';

export interface LoginAccount {
  id: string;
  role: AccountRole;
  party_id: string | null;
  disabled: boolean;
  password_hash: string;
}

/** The account a login names, with its password hash; only the login flow may ask for it. */
export async function findLoginAccount(ctx: ReadContext, input: { name: string }): Promise<LoginAccount | null> {
  const row = await ctx.db
    .selectFrom('users')
    .select(['id', 'role', 'party_id', 'disabled', 'password_hash'])
    .where('name', '=', input.name)
    .executeTakeFirst();
  if (!row) return null;
  return { ...row, role: row.role as AccountRole, disabled: Boolean(row.disabled) };
}
