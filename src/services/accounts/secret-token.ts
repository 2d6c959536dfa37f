import { createHash, randomBytes } from 'node:crypto';

/** 32 random bytes, shown once; only the SHA-256 is kept (a token has full entropy, so no salt is needed). */
export function newSecretToken(prefix: string): { secret: string; hash: string } {
  const secret = `${prefix}_${randomBytes(32).toString('base64url')}`;
  return { secret, hash: hashSecretToken(secret) };
}

export function hashSecretToken(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** A random password for accounts created without one; shown once. */
export function newPassword(): string {
  return randomBytes(18).toString('base64url');
}
