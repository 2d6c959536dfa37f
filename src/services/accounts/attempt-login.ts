import { PUBLIC_ACTOR, type Actor } from '../../domain/actor.js';
import { userActorId, type User } from '../../domain/auth/account-types.js';
import { UnauthenticatedError } from '../../domain/domain-error.js';
import type { UseCaseRunner } from '../use-case-runner.js';
import { findLoginAccount } from './find-login-account.js';
import { getUser } from './get-user.js';
import type { LoginThrottle } from './login-throttle.js';
import { hashPassword, needsRehash, verifyPassword } from './password-hash.js';
import { rehashPassword } from './rehash-password.js';
import { startSession, type StartedSession } from './start-session.js';
import { newSecretToken } from './secret-token.js';

export interface LoginInput {
  name: string;
  password: string;
  /** The client's address, for the per-address limit. */
  address: string;
  /** The device cookie the client sent: a device that logged in to the account lately is not held up by others' failures. */
  device?: string | undefined;
}

export interface LoggedIn extends StartedSession {
  user: User;
  /** The device cookie to keep (the one sent, or a new one). */
  device: string;
}

/** The one answer to every failed login, whatever the reason: nobody learns which names exist. */
export const LOGIN_REFUSED = 'the name or the password is wrong';
/** Told only to whoever gave the right password: the account exists, and its administrator disabled it. */
export const ACCOUNT_DISABLED = 'this account is disabled; ask the administrator';

let dummyHash: Promise<string> | undefined;

/**
 * Checks a password and opens a session. Unknown names cost the same scrypt as
 * known ones (against a dummy hash), and failures grow the throttle's delays for the
 * name (or the device, where it logged in to the account lately) and the address. A
 * disabled account is named as such only once the password is right. The password is
 * checked outside any transaction, so a slow hash holds no lock.
 */
export async function attemptLogin(runner: UseCaseRunner, throttle: LoginThrottle, input: LoginInput): Promise<LoggedIn> {
  const attempt = { name: input.name, address: input.address, device: input.device };
  await throttle.check(attempt);
  const account = await runner.read(PUBLIC_ACTOR, findLoginAccount, { name: input.name });
  dummyHash ??= hashPassword(`no such user ${Math.random()}`);
  const matches = await verifyPassword(input.password, account?.password_hash ?? (await dummyHash));
  if (!account || !matches) {
    await throttle.recordFailure(attempt);
    throw new UnauthenticatedError(LOGIN_REFUSED);
  }
  if (account.disabled) throw new UnauthenticatedError(ACCOUNT_DISABLED);
  const device = input.device ?? newSecretToken('device').secret;
  await throttle.recordSuccess({ ...attempt, device });

  const actor: Actor = { id: userActorId(account.id), role: account.role, partyId: account.party_id };
  if (needsRehash(account.password_hash)) {
    await runner.write(actor, rehashPassword, { user_id: account.id, password_hash: await hashPassword(input.password) });
  }
  const session = await runner.write(actor, startSession, { user_id: account.id });
  return { ...session, device, user: await runner.read(actor, getUser, { id: account.id }) };
}
