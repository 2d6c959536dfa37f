/** How fast failed logins are heard again under one key (an account name, an address or a device). */
export interface ThrottleLimits {
  /** Failures allowed before delays begin. */
  free: number;
  /** The first delay; each further failure doubles it. */
  baseDelayMs: number;
  maxDelayMs: number;
}

/** Per account name, from devices that have not logged in to it lately: a person may mistype a few times. */
export const ACCOUNT_LIMITS: ThrottleLimits = { free: 3, baseDelayMs: 2_000, maxDelayMs: 15 * 60_000 };
/** Per device that logged in to the account lately: the same, but an attacker elsewhere cannot use it up. */
export const DEVICE_LIMITS: ThrottleLimits = ACCOUNT_LIMITS;
/** Per address: more room (several people behind one NAT), the same growth. */
export const ADDRESS_LIMITS: ThrottleLimits = { free: 10, baseDelayMs: 2_000, maxDelayMs: 15 * 60_000 };
/** A counter is forgotten this long after its last failure. */
export const FORGET_AFTER_MS = 60 * 60_000;
/** A device counts as the account's own this long after its last good login. */
export const DEVICE_TRUSTED_MS = 30 * 24 * 60 * 60_000;

/** The delay after the n-th failure in a row. */
export function delayAfter(failures: number, limits: ThrottleLimits): number {
  const over = failures - limits.free;
  return over > 0 ? Math.min(limits.maxDelayMs, limits.baseDelayMs * 2 ** (over - 1)) : 0;
}

/** The account key: an unknown name is throttled exactly like a real one, whatever its case. */
export function accountKey(name: string): string {
  return `account:${name.normalize('NFC').toLowerCase()}`;
}

/** IPv4 as is; IPv6 by its /64, since one host commonly holds a whole /64. */
export function addressKey(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return `address:${mapped[1]}`;
  if (!address.includes(':')) return `address:${address}`;
  const [head = '', tail = ''] = address.split('%')[0]!.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = [...left, ...Array<string>(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right];
  return `address:${groups.slice(0, 4).map((g) => (parseInt(g, 16) || 0).toString(16)).join(':')}::/64`;
}
