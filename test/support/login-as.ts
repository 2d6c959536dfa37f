import type { AccountRole } from '../../src/domain/auth/account-types.js';
import { accountToken } from './account-token.js';
import type { TestTruce } from './start-test-truce.js';

export interface TestAccount {
  userId: string;
  actorId: string;
  /** Headers that authenticate a request as this account. */
  headers: { authorization: string };
}

/** Creates a real account with a real API token through the use cases, as an admin would. */
export async function loginAs(t: TestTruce, role: AccountRole, options: { name?: string; partyId?: string } = {}): Promise<TestAccount> {
  const { userId, authorization } = await accountToken(t.truce, role, options);
  return { userId, actorId: `user:${userId}`, headers: { authorization } };
}
