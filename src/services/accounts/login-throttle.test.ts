import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestTruce, type TestTruce } from '../../../test/support/start-test-truce.js';
import { TestClock } from '../../../test/support/test-clock.js';
import { testDatabases, type TestDatabase } from '../../../test/support/test-databases.js';
import { RateLimitedError } from '../../domain/domain-error.js';
import { LoginThrottle, type LoginAttempt } from './login-throttle.js';

describe.each(testDatabases())('the login throttle on $name', (factory) => {
  let database: TestDatabase;
  let t: TestTruce;
  const clock = new TestClock();
  // Two throttles on one database stand for two server processes behind one load balancer.
  let one: LoginThrottle;
  let other: LoginThrottle;
  const advance = (ms: number) => clock.set(new Date(clock.now().getTime() + ms));

  beforeAll(async () => {
    database = await factory.create();
    t = await startTestTruce(database, clock);
    one = t.truce.loginThrottle;
    other = new LoginThrottle(t.truce.database.db, clock.now);
  });

  afterAll(async () => {
    await t?.close();
    await database?.dispose();
  });

  const waitOf = async (throttle: LoginThrottle, attempt: LoginAttempt): Promise<number | null> => {
    try {
      await throttle.check(attempt);
      return null;
    } catch (error) {
      if (error instanceof RateLimitedError) return error.retryAfterSeconds;
      throw error;
    }
  };

  it('allows a few failures, then doubles the delay with each one, counted across processes', async () => {
    const waits: (number | null)[] = [];
    for (let i = 0; i < 7; i++) {
      const throttle = i % 2 === 0 ? one : other;
      const attempt = { name: 'alice', address: `198.51.100.${i}` };
      const wait = await waitOf(throttle, attempt);
      waits.push(wait);
      if (wait) advance(wait * 1000);
      await throttle.recordFailure(attempt);
    }
    expect(waits).toEqual([null, null, null, null, 2, 4, 8]);
  });

  it('throttles an unknown name like a real one, case-insensitively, and one IPv6 /64 as one address', async () => {
    for (let i = 0; i < 4; i++) await one.recordFailure({ name: 'Nobody', address: `203.0.113.${i}` });
    expect(await waitOf(other, { name: 'nobody', address: '192.0.2.1' })).toBe(2);
    for (let i = 0; i < 11; i++) await one.recordFailure({ name: `name-${i}`, address: `2001:db8:1:2::${i}` });
    expect(await waitOf(other, { name: 'fresh-name', address: '2001:db8:1:2:ffff::9' })).toBeGreaterThan(0);
    expect(await waitOf(other, { name: 'fresh-name', address: '2001:db8:1:3::1' })).toBeNull();
  });

  it('lets the owner’s device through while others’ guesses hold the account, and forgets after an hour', async () => {
    await one.recordSuccess({ name: 'bob', address: '192.0.2.9', device: 'device-of-bob' });
    for (let i = 0; i < 8; i++) await one.recordFailure({ name: 'bob', address: `198.18.0.${i}` });
    expect(await waitOf(other, { name: 'bob', address: '198.18.1.1' })).toBeGreaterThan(0);
    expect(await waitOf(other, { name: 'bob', address: '198.18.1.1', device: 'a guessed cookie' })).toBeGreaterThan(0);
    expect(await waitOf(other, { name: 'bob', address: '192.0.2.9', device: 'device-of-bob' })).toBeNull();
    // A device's own failures still slow it down.
    for (let i = 0; i < 4; i++) await other.recordFailure({ name: 'bob', address: '192.0.2.9', device: 'device-of-bob' });
    expect(await waitOf(one, { name: 'bob', address: '192.0.2.9', device: 'device-of-bob' })).toBe(2);
    advance(60 * 60_000);
    expect(await waitOf(one, { name: 'bob', address: '198.18.1.1' })).toBeNull();
    expect(await t.truce.database.db.selectFrom('login_counters').select('key').where('key', 'like', '%bob%').execute()).toHaveLength(2);
    await one.recordFailure({ name: 'someone', address: '192.0.2.200' });
    expect(await t.truce.database.db.selectFrom('login_counters').select('key').where('key', 'like', '%bob%').execute()).toHaveLength(0);
  });
});
