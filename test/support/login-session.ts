import { randomBytes } from 'node:crypto';
import type { AccountRole } from '../../src/domain/auth/account-types.js';
import { SYSTEM_ACTOR } from '../../src/domain/actor.js';
import { createUser } from '../../src/services/accounts/create-user.js';
import type { TestTruce } from './start-test-truce.js';

export interface SessionAccount {
  userId: string;
  name: string;
  password: string;
  /** The session cookie's value. */
  sessionId: string;
  csrfToken: string;
  /** Headers of a browser that holds the cookie and sends the CSRF token. */
  headers: { cookie: string; 'x-csrf-token': string };
  /** The same browser without the CSRF token (what a forged cross-site request looks like at best). */
  cookieOnly: { cookie: string };
}

/** Creates a real account and logs in through POST /api/v1/session, as a browser does. */
export async function loginSession(t: TestTruce, role: AccountRole, options: { name?: string; partyId?: string } = {}): Promise<SessionAccount> {
  const name = options.name ?? `${role}-${randomBytes(4).toString('hex')}`;
  const password = `pw-${randomBytes(12).toString('hex')}`;
  const { user } = await t.truce.runner.write(SYSTEM_ACTOR, createUser, { name, role, party_id: options.partyId ?? null, password });
  const res = await t.app.inject({ method: 'POST', url: '/api/v1/session', payload: { name, password } });
  if (res.statusCode !== 201) throw new Error(`login failed: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'truce_session');
  if (!cookie) throw new Error('login set no session cookie');
  const csrfToken = res.json().csrf_token as string;
  const cookieHeader = `truce_session=${cookie.value}`;
  return {
    userId: user.id,
    name,
    password,
    sessionId: cookie.value,
    csrfToken,
    headers: { cookie: cookieHeader, 'x-csrf-token': csrfToken },
    cookieOnly: { cookie: cookieHeader },
  };
}
