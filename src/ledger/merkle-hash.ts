import { hash } from 'node:crypto';

/** RFC 9162 §2.1.1 hashing with SHA-256: leaves and interior nodes are domain-separated by a prefix byte. */

export const HASH_SIZE = 32;

/** MTH({}) = SHA-256(""). Shared instance: never mutate it. */
export const EMPTY_ROOT: Buffer = hash('sha256', Buffer.alloc(0), 'buffer');

const LEAF_PREFIX = Buffer.from([0x00]);

// One reusable 65-byte input for the hot path (every append and every proof step
// hashes one node); a one-shot hash over it costs about half of createHash().
const nodeInput = Buffer.alloc(1 + 2 * HASH_SIZE);
nodeInput[0] = 0x01;

/** SHA-256(0x00 ‖ entry). */
export function leafHash(entry: Uint8Array): Buffer {
  return hash('sha256', Buffer.concat([LEAF_PREFIX, entry]), 'buffer');
}

/** SHA-256(0x00 ‖ UTF-8 of entry), for an entry held as text: U+0000 encodes as the single byte 0x00. */
export function leafHashOfText(entry: string): Buffer {
  return hash('sha256', '\u0000' + entry, 'buffer');
}

/** SHA-256(0x01 ‖ left ‖ right). */
export function nodeHash(left: Uint8Array, right: Uint8Array): Buffer {
  if (left.length === HASH_SIZE && right.length === HASH_SIZE) {
    nodeInput.set(left, 1);
    nodeInput.set(right, 1 + HASH_SIZE);
    return hash('sha256', nodeInput, 'buffer');
  }
  // Verifiers can be handed odd-sized inputs; hash them faithfully rather than throw.
  return hash('sha256', Buffer.concat([nodeInput.subarray(0, 1), left, right]), 'buffer');
}
