import type { Kysely } from 'kysely';
import {
  ACCOUNT_LIMITS,
  accountKey,
  ADDRESS_LIMITS,
  addressKey,
  delayAfter,
  DEVICE_LIMITS,
  DEVICE_TRUSTED_MS,
  FORGET_AFTER_MS,
  type ThrottleLimits,
} from '../../domain/auth/login-delays.js';
import { RateLimitedError } from '../../domain/domain-error.js';
import type { Database } from '../../store/database-schema.js';
import type { Clock } from '../use-case-runner.js';
import { hashSecretToken } from './secret-token.js';

/** Who is trying to log in: the name as typed, the client's address, and the device cookie it sent, if any. */
export interface LoginAttempt {
  name: string;
  address: string;
  device?: string | undefined;
}

/**
 * Growing delays for failed logins, kept in the database so that they hold across every
 * server process on it. A device that logged in to the account lately is throttled on its
 * own counter instead of the account's: an attacker elsewhere can slow down guesses at an
 * account, for everyone but its owner's devices, and cannot lock its owner out. Every
 * address has its counter too, so one machine cannot guess at many names at full speed.
 * Counters are operational state, not records: they are not logged.
 */
export class LoginThrottle {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly clock: Clock,
  ) {}

  /** Refuses with a RateLimitedError while the attempt must wait. */
  async check(attempt: LoginAttempt): Promise<void> {
    const now = this.clock().getTime();
    const keys = [await this.accountOrDeviceKey(attempt, now), addressKey(attempt.address)];
    const rows = await this.db.selectFrom('login_counters').select(['blocked_until', 'last_failure']).where('key', 'in', keys).execute();
    const wait = Math.max(0, ...rows.filter((r) => now - Number(r.last_failure) < FORGET_AFTER_MS).map((r) => Number(r.blocked_until) - now));
    if (wait > 0) throw new RateLimitedError(Math.ceil(wait / 1000));
  }

  async recordFailure(attempt: LoginAttempt): Promise<void> {
    const now = this.clock().getTime();
    const own = await this.accountOrDeviceKey(attempt, now);
    await this.fail(own, own.startsWith('device:') ? DEVICE_LIMITS : ACCOUNT_LIMITS, now);
    await this.fail(addressKey(attempt.address), ADDRESS_LIMITS, now);
    await this.db.deleteFrom('login_counters').where('last_failure', '<=', now - FORGET_AFTER_MS).execute();
  }

  /** A good login clears the account's and the device's counters and trusts the device for the account. */
  async recordSuccess(attempt: LoginAttempt & { device: string }): Promise<void> {
    const now = this.clock().getTime();
    const account = accountKey(attempt.name);
    const device = hashDevice(attempt.device);
    await this.db.deleteFrom('login_counters').where('key', 'in', [account, `device:${device}:${account}`]).execute();
    await this.db
      .insertInto('login_devices')
      .values({ device_hash: device, account, last_login: now })
      .onConflict((oc) => oc.columns(['device_hash', 'account']).doUpdateSet({ last_login: now }))
      .execute();
    await this.db.deleteFrom('login_devices').where('last_login', '<', now - DEVICE_TRUSTED_MS).execute();
  }

  private async accountOrDeviceKey(attempt: LoginAttempt, now: number): Promise<string> {
    const account = accountKey(attempt.name);
    if (!attempt.device) return account;
    const device = hashDevice(attempt.device);
    const trusted = await this.db
      .selectFrom('login_devices')
      .select('last_login')
      .where('device_hash', '=', device)
      .where('account', '=', account)
      .where('last_login', '>=', now - DEVICE_TRUSTED_MS)
      .executeTakeFirst();
    return trusted ? `device:${device}:${account}` : account;
  }

  /** One statement counts the failure, so that two processes failing at once both count. */
  private async fail(key: string, limits: ThrottleLimits, now: number): Promise<void> {
    const forgotten = now - FORGET_AFTER_MS;
    const row = await this.db
      .insertInto('login_counters')
      .values({ key, failures: 1, blocked_until: now, last_failure: now })
      .onConflict((oc) =>
        oc.column('key').doUpdateSet((eb) => ({
          failures: eb.case().when('login_counters.last_failure', '<=', forgotten).then(1).else(eb('login_counters.failures', '+', 1)).end(),
          last_failure: now,
        })),
      )
      .returning('failures')
      .executeTakeFirstOrThrow();
    const delay = delayAfter(Number(row.failures), limits);
    if (delay > 0) await this.db.updateTable('login_counters').set({ blocked_until: now + delay }).where('key', '=', key).execute();
  }
}

/** The device cookie is a bearer secret: only its hash is stored. */
const hashDevice = hashSecretToken;
