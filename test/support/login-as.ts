import { randomBytes } from 'node:crypto';
import type { AccountRole } from '../../src/domain/auth/account-types.js';
import { SYSTEM_ACTOR } from '../../src/domain/actor.js';
import { createApiToken } from '../../src/services/accounts/create-api-token.js';
import { createUser } from '../../src/services/accounts/create-user.js';
import type { TestTruce } from './start-test-truce.js';

export interface TestAccount {
  userId: string;
  actorId: string;
  /** Headers that authenticate a request as this account. */
  headers: { authorization: string };
}

/** Creates a real account with a real API token through the use cases, as an admin would. */
export async function loginAs(t: TestTruce, role: AccountRole, options: { name?: string; partyId?: string } = {}): Promise<TestAccount> {
  const name = options.name ?? `${role}-${randomBytes(4).toString('hex')}`;
  const { user } = await t.truce.runner.write(SYSTEM_ACTOR, createUser, { name, role, party_id: options.partyId ?? null, password: randomBytes(16).toString('hex') });
  const { secret } = await t.truce.runner.write(SYSTEM_ACTOR, createApiToken, { user_id: user.id, name: `${name} test token` });
  return { userId: user.id, actorId: `user:${user.id}`, headers: { authorization: `Bearer ${secret}` } };
}
