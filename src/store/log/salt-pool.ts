import { randomBytes } from 'node:crypto';
import { MIN_SALT_BYTES } from '../../ledger/log-entry.js';

/**
 * Hands out fresh 128-bit salts from one random draw per 2,048 of them, so that a bulk
 * submission (about eight sealed groups per report) does not pay a system call per group.
 * Every salt is used once: never across groups, entries or versions.
 */
export class SaltPool {
  private buffer = Buffer.alloc(0);
  private offset = 0;

  next(): Buffer {
    if (this.offset + MIN_SALT_BYTES > this.buffer.length) {
      this.buffer = randomBytes(MIN_SALT_BYTES * 2048);
      this.offset = 0;
    }
    const salt = this.buffer.subarray(this.offset, this.offset + MIN_SALT_BYTES);
    this.offset += MIN_SALT_BYTES;
    return salt;
  }
}
