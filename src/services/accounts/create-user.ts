import { ACCOUNT_ROLES, type AccountRole, type User } from '../../domain/auth/account-types.js';
import { recordFromRow } from '../../store/record-kinds.js';
import { ConflictError, InvalidInputError } from '../../domain/domain-error.js';
import { findParty } from '../../store/queries/agreement-queries.js';

import { newId } from '../new-id.js';
import type { WriteContext } from '../use-case-context.js';
import { checkPasswordStrength } from './check-password-strength.js';
import { hashPassword } from './password-hash.js';
import { newPassword } from './secret-token.js';

export interface CreateUserInput {
  name: string;
  role: AccountRole;
  party_id?: string | null;
  /** Omitted: a random password is made and returned once. */
  password?: string;
}

export interface CreatedUser {
  user: User;
  /** The password in clear, only when it was generated here. */
  generatedPassword: string | null;
}

/** Login names: no spaces or look-alike punctuation, so that the name shown is the name typed. */
export const USER_NAME = /^[\p{L}\p{N}._@-]{1,100}$/u;

export async function createUser(ctx: WriteContext, input: CreateUserInput): Promise<CreatedUser> {
  if (!ACCOUNT_ROLES.includes(input.role)) throw new InvalidInputError('role', `must be one of ${ACCOUNT_ROLES.join(', ')}`);
  const partyId = input.party_id ?? null;
  if (input.role === 'liaison' && !partyId) throw new InvalidInputError('party_id', 'a liaison is bound to one party', { code: 'liaison_needs_party' });
  if (input.role !== 'liaison' && partyId) throw new InvalidInputError('party_id', 'only a liaison is bound to a party', { code: 'party_only_for_liaison' });
  if (partyId && !(await findParty(ctx.db, partyId))) throw new InvalidInputError('party_id', `unknown party ${partyId}`, { code: 'unknown_reference', params: { resource: 'party', id: partyId } });
  if (!USER_NAME.test(input.name)) throw new InvalidInputError('name', 'must be 1–100 letters, digits, or . _ @ -');
  if (input.password !== undefined) checkPasswordStrength(input.password);
  const clash = await ctx.db.selectFrom('users').select('id').where('name', '=', input.name).executeTakeFirst();
  if (clash) throw new ConflictError(`a user named "${input.name}" already exists`, 'name');

  const generatedPassword = input.password === undefined ? newPassword() : null;
  const row = await ctx.records.insert('user', 'created', {
    id: newId(),
    name: input.name,
    role: input.role,
    party_id: partyId,
    password_hash: await hashPassword(input.password ?? generatedPassword!),
    disabled: 0,
    created_at: ctx.now,
    updated_at: ctx.now,
  });
  return { user: recordFromRow('user', row), generatedPassword };
}
