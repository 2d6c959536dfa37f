import { RateLimitedError } from '../../domain/domain-error.js';

interface Counter {
  failures: number;
  /** No attempt is heard before this time (ms since the epoch). */
  blockedUntil: number;
  lastFailure: number;
}

export interface ThrottleLimits {
  /** Failures allowed before delays begin. */
  free: number;
  /** The first delay; each further failure doubles it. */
  baseDelayMs: number;
  maxDelayMs: number;
}

/** Per account name: a person may mistype a few times; after that each failure doubles the wait. */
const ACCOUNT: ThrottleLimits = { free: 3, baseDelayMs: 2_000, maxDelayMs: 15 * 60_000 };
/** Per address: more room (several people behind one NAT), the same growth. */
const ADDRESS: ThrottleLimits = { free: 10, baseDelayMs: 2_000, maxDelayMs: 15 * 60_000 };
/** A counter is forgotten this long after its last failure. */
const FORGET_AFTER_MS = 60 * 60_000;
/** Bounds memory when someone tries many names or addresses. */
const MAX_COUNTERS = 50_000;

/**
 * Growing delays for failed logins, per account name and per address. It keys on
 * the name as typed, so an unknown name is throttled exactly like a real one and
 * the answer never tells which names exist.
 *
 * State is kept in memory: right for one process. Several API servers behind a load
 * balancer each keep their own counters, which multiplies an attacker's budget by
 * the number of servers; move the counters to the database before scaling out.
 */
export class LoginThrottle {
  private readonly counters = new Map<string, Counter>();

  constructor(private readonly clock: () => Date) {}

  /** Refuses with a RateLimitedError while either the account or the address must wait. */
  check(name: string, address: string): void {
    const now = this.clock().getTime();
    const wait = Math.max(this.waitMs(accountKey(name), now), this.waitMs(addressKey(address), now));
    if (wait > 0) throw new RateLimitedError(Math.ceil(wait / 1000));
  }

  recordFailure(name: string, address: string): void {
    const now = this.clock().getTime();
    this.fail(accountKey(name), ACCOUNT, now);
    this.fail(addressKey(address), ADDRESS, now);
  }

  /** A successful login clears the account's counter; the address keeps its history. */
  recordSuccess(name: string): void {
    this.counters.delete(accountKey(name));
  }

  private waitMs(key: string, now: number): number {
    const counter = this.counters.get(key);
    if (!counter) return 0;
    if (now - counter.lastFailure >= FORGET_AFTER_MS) {
      this.counters.delete(key);
      return 0;
    }
    return Math.max(0, counter.blockedUntil - now);
  }

  private fail(key: string, limits: ThrottleLimits, now: number): void {
    const previous = this.counters.get(key);
    const failures = previous && now - previous.lastFailure < FORGET_AFTER_MS ? previous.failures + 1 : 1;
    const over = failures - limits.free;
    const delay = over > 0 ? Math.min(limits.maxDelayMs, limits.baseDelayMs * 2 ** (over - 1)) : 0;
    this.counters.delete(key);
    this.counters.set(key, { failures, blockedUntil: now + delay, lastFailure: now });
    if (this.counters.size > MAX_COUNTERS) this.prune(now);
  }

  private prune(now: number): void {
    for (const [key, counter] of this.counters) {
      if (now - counter.lastFailure >= FORGET_AFTER_MS) this.counters.delete(key);
    }
    // Still too many: forget the oldest (a Map iterates in insertion order, and a failure re-inserts).
    for (const key of this.counters.keys()) {
      if (this.counters.size <= MAX_COUNTERS) break;
      this.counters.delete(key);
    }
  }
}

function accountKey(name: string): string {
  return `account:${name.normalize('NFC').toLowerCase()}`;
}

/** IPv4 as is; IPv6 by its /64, since one host commonly holds a whole /64. */
function addressKey(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return `address:${mapped[1]}`;
  if (!address.includes(':')) return `address:${address}`;
  const [head = '', tail = ''] = address.split('%')[0]!.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = [...left, ...Array<string>(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right];
  return `address:${groups.slice(0, 4).map((g) => (parseInt(g, 16) || 0).toString(16)).join(':')}::/64`;
}
