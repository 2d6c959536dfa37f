import { EMPTY_ROOT, HASH_SIZE, nodeHash } from './merkle-hash.js';
import { subtreeNodeIds } from './node-id.js';
import type { NodeId, StoredNode } from './node-id.js';

/** The stored nodes to read to rebuild the frontier of a tree of `size` leaves, largest first. */
export function frontierNodeIds(size: number): NodeId[] {
  checkSize(size);
  return subtreeNodeIds(0, size);
}

/**
 * The right edge of an append-only RFC 9162 tree: one complete subtree per set bit of the
 * size, largest first. It is all the state a sequencer needs to append and compute roots,
 * so it can be rebuilt from storage with one read of frontierNodeIds(size).
 */
export class MerkleFrontier {
  #size: number;
  readonly #levels: number[];
  readonly #indexes: number[];
  readonly #hashes: Buffer[];
  #root: Buffer | null = null;

  /** @param hashes the stored hashes at frontierNodeIds(size), in that order. */
  constructor(size = 0, hashes: readonly Uint8Array[] = []) {
    checkSize(size);
    const ids = subtreeNodeIds(0, size);
    if (hashes.length !== ids.length) {
      throw new RangeError(`a frontier of size ${size} needs ${ids.length} hashes, got ${hashes.length}`);
    }
    this.#size = size;
    this.#levels = ids.map((id) => id.level);
    this.#indexes = ids.map((id) => id.index);
    this.#hashes = hashes.map((h, i) => {
      if (!(h instanceof Uint8Array) || h.length !== HASH_SIZE) {
        throw new TypeError(`frontier hash ${i} must be ${HASH_SIZE} bytes`);
      }
      return Buffer.from(h);
    });
  }

  get size(): number {
    return this.#size;
  }

  /**
   * Adds one leaf and returns every node that became complete: the leaf itself at level 0,
   * then each parent it closed, bottom-up. Store all of them. The returned hashes are shared
   * with the frontier, to spare an allocation per node on the hot path: do not mutate them.
   */
  append(leafHash: Uint8Array): StoredNode[] {
    if (!(leafHash instanceof Uint8Array) || leafHash.length !== HASH_SIZE) {
      throw new TypeError(`a leaf hash must be ${HASH_SIZE} bytes`);
    }
    if (this.#size >= Number.MAX_SAFE_INTEGER) throw new RangeError('tree size limit reached');
    const levels = this.#levels;
    const indexes = this.#indexes;
    const hashes = this.#hashes;
    let level = 0;
    let index = this.#size;
    let h: Buffer = Buffer.from(leafHash);
    const created: StoredNode[] = [{ level, index, hash: h }];
    let last = levels.length - 1;
    while (last >= 0 && levels[last] === level) {
      h = nodeHash(hashes[last] as Buffer, h);
      level += 1;
      index = (index - 1) / 2;
      created.push({ level, index, hash: h });
      levels.pop();
      indexes.pop();
      hashes.pop();
      last -= 1;
    }
    levels.push(level);
    indexes.push(index);
    hashes.push(h);
    this.#size += 1;
    this.#root = null;
    return created;
  }

  /** MTH of the whole tree; EMPTY_ROOT when empty. Returns a fresh copy. */
  root(): Buffer {
    if (this.#root === null) {
      const hashes = this.#hashes;
      let h: Buffer = hashes.length === 0 ? EMPTY_ROOT : (hashes[hashes.length - 1] as Buffer);
      for (let i = hashes.length - 2; i >= 0; i--) h = nodeHash(hashes[i] as Buffer, h);
      this.#root = h;
    }
    return Buffer.from(this.#root);
  }

  /** The frontier nodes, largest first (the same ids as frontierNodeIds(size)). */
  nodes(): StoredNode[] {
    return this.#hashes.map((hash, i) => ({
      level: this.#levels[i] as number,
      index: this.#indexes[i] as number,
      hash: Buffer.from(hash),
    }));
  }

  /** An independent copy, so a caller can append inside a transaction and drop it on rollback. */
  clone(): MerkleFrontier {
    return new MerkleFrontier(this.#size, this.#hashes);
  }
}

function checkSize(size: number): void {
  if (!Number.isSafeInteger(size) || size < 0) {
    throw new RangeError(`tree size must be a non-negative safe integer, got ${String(size)}`);
  }
}
