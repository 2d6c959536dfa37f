import { randomBytes } from 'node:crypto';
import { SYSTEM_ACTOR } from '../../src/domain/actor.js';
import type { AccountRole } from '../../src/domain/auth/account-types.js';
import type { Truce } from '../../src/create-truce.js';
import { createApiToken } from '../../src/services/accounts/create-api-token.js';
import { createUser } from '../../src/services/accounts/create-user.js';

/** A real account and bearer token, made through the use cases on any composed Truce (also one a child process will serve). */
export async function accountToken(
  truce: Truce,
  role: AccountRole,
  options: { name?: string; partyId?: string } = {},
): Promise<{ userId: string; authorization: string }> {
  const name = options.name ?? `${role}-${randomBytes(4).toString('hex')}`;
  const { user } = await truce.runner.write(SYSTEM_ACTOR, createUser, { name, role, party_id: options.partyId ?? null, password: randomBytes(16).toString('hex') });
  const { secret } = await truce.runner.write(SYSTEM_ACTOR, createApiToken, { user_id: user.id, name: `${name} token` });
  return { userId: user.id, authorization: `Bearer ${secret}` };
}
