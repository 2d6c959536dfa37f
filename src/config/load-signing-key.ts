import { chmodSync, existsSync, linkSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
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
 * first start with owner-only permissions, whole or not at all. The key name is the log's origin.
 */
export function loadSigningKey(path: string, originForNewKey: () => string): string {
  if (existsSync(path)) {
    const mode = statSync(path).mode & 0o077;
    if (mode !== 0) throw new SigningKeyError(`the log signing key ${path} is readable by others (mode ${(statSync(path).mode & 0o777).toString(8)}); run chmod 600 on it`);
    return readFileSync(path, 'utf8').trim();
  }
  mkdirSync(dirname(path), { recursive: true });
  const { signerKey } = generateNoteKey(originForNewKey());
  // Written aside and linked into place: a disk that fills mid-write leaves no empty key behind to
  // refuse the next start, and a link never replaces a key that another process made meanwhile.
  const aside = `${path}.${process.pid}.new`;
  try {
    writeFileSync(aside, `${signerKey}\n`, { mode: 0o600, flag: 'wx' });
    chmodSync(aside, 0o600);
    linkSync(aside, path);
  } finally {
    rmSync(aside, { force: true });
  }
  return signerKey;
}
