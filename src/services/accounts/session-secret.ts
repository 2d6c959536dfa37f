import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A session id or CSRF token: 32 random bytes, base64url. */
export function newSessionSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** Sessions are looked up by the SHA-256 of their id, so a copy of the table opens no session. */
export function hashSessionId(id: string): string {
  return createHash('sha256').update(id, 'utf8').digest('hex');
}

/** Compares two secrets in time that depends only on their length. */
export function secretsEqual(a: string, b: string): boolean {
  const left = Buffer.from(a, 'utf8');
  const right = Buffer.from(b, 'utf8');
  return left.length === right.length && timingSafeEqual(left, right);
}
