import type { ApiToken, User } from '../../domain/auth/account-types.js';
import type { Database } from '../database-schema.js';

export function userFromRow(row: Database['users']): User {
  const { password_hash: _secret, withheld_salt: _salt, ...rest } = row;
  return { ...rest, role: row.role as User['role'], disabled: Boolean(row.disabled), log_index: Number(row.log_index) };
}

export function apiTokenFromRow(row: Database['api_tokens']): ApiToken {
  const { token_hash: _secret, withheld_salt: _salt, ...rest } = row;
  return { ...rest, role: row.role as ApiToken['role'], scopes: JSON.parse(row.scopes), log_index: Number(row.log_index) };
}
