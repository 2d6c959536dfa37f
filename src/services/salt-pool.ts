import { randomBytes } from 'node:crypto';

/** Hands out fresh 32-byte salts (hex) from one random draw per batch, so a bulk submission does not pay one system call per row. */
export class SaltPool {
  private buffer = Buffer.alloc(0);
  private offset = 0;

  next(): string {
    if (this.offset + 32 > this.buffer.length) {
      this.buffer = randomBytes(32 * 1024);
      this.offset = 0;
    }
    const salt = this.buffer.toString('hex', this.offset, this.offset + 32);
    this.offset += 32;
    return salt;
  }
}
