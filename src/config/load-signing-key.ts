import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { generateNoteKey } from '../ledger/note-keys.js';

export class SigningKeyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SigningKeyError';
  }
}

/**
 * Reads the log's Ed25519 signer key (C2SP signed-note format), creating it at
 * first start with owner-only permissions. The key name is the log's origin.
 */
export function loadSigningKey(path: string, originForNewKey: () => string): string {
  if (existsSync(path)) {
    const mode = statSync(path).mode & 0o077;
    if (mode !== 0) throw new SigningKeyError(`the log signing key ${path} is readable by others (mode ${(statSync(path).mode & 0o777).toString(8)}); run chmod 600 on it`);
    return readFileSync(path, 'utf8').trim();
  }
  mkdirSync(dirname(path), { recursive: true });
  const { signerKey } = generateNoteKey(originForNewKey());
  writeFileSync(path, `${signerKey}\n`, { mode: 0o600, flag: 'wx' });
  chmodSync(path, 0o600);
  return signerKey;
}
