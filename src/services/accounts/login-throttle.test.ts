import { describe, expect, it } from 'vitest';
import { RateLimitedError } from '../../domain/domain-error.js';
import { LoginThrottle } from './login-throttle.js';

function setup() {
  let now = Date.parse('2025-03-13T12:00:00Z');
  const throttle = new LoginThrottle(() => new Date(now));
  return { throttle, advance: (ms: number) => (now += ms) };
}

const waitOf = (fn: () => void): number | null => {
  try {
    fn();
    return null;
  } catch (error) {
    if (error instanceof RateLimitedError) return error.retryAfterSeconds;
    throw error;
  }
};

describe('LoginThrottle', () => {
  it('allows a few failures, then doubles the delay with each one', () => {
    const { throttle, advance } = setup();
    const waits: (number | null)[] = [];
    for (let i = 0; i < 7; i++) {
      const wait = waitOf(() => throttle.check('alice', '198.51.100.7'));
      waits.push(wait);
      if (wait) advance(wait * 1000);
      throttle.recordFailure('alice', '198.51.100.7');
    }
    expect(waits).toEqual([null, null, null, null, 2, 4, 8]);
  });

  it('throttles an unknown name exactly like a real one, case-insensitively', () => {
    const { throttle } = setup();
    for (let i = 0; i < 4; i++) throttle.recordFailure('Nobody', `203.0.113.${i}`);
    expect(waitOf(() => throttle.check('nobody', '192.0.2.1'))).toBe(2);
  });

  it('throttles one address across many names, and an IPv6 /64 as one address', () => {
    const { throttle } = setup();
    for (let i = 0; i < 11; i++) throttle.recordFailure(`name-${i}`, `2001:db8:1:2::${i}`);
    expect(waitOf(() => throttle.check('fresh-name', '2001:db8:1:2:ffff::9'))).toBeGreaterThan(0);
    expect(waitOf(() => throttle.check('fresh-name', '2001:db8:1:3::1'))).toBeNull();
  });

  it('clears the account on success, and forgets after an hour', () => {
    const { throttle, advance } = setup();
    for (let i = 0; i < 4; i++) throttle.recordFailure('bob', '192.0.2.9');
    throttle.recordSuccess('bob');
    expect(waitOf(() => throttle.check('bob', '192.0.2.10'))).toBeNull();
    for (let i = 0; i < 4; i++) throttle.recordFailure('carol', '192.0.2.11');
    advance(60 * 60_000);
    expect(waitOf(() => throttle.check('carol', '192.0.2.11'))).toBeNull();
  });
});
