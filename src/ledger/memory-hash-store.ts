import { HASH_SIZE } from './merkle-hash.js';
import type { HashReader } from './merkle-proofs.js';
import type { NodeId, StoredNode } from './node-id.js';

// Fixed-size chunks: growth never copies what is already stored, and 2M hashes cost
// 64 MB of off-heap memory instead of 2M small Buffer objects.
const CHUNK_HASHES = 4096;
const CHUNK_BYTES = CHUNK_HASHES * HASH_SIZE;

/**
 * In-memory store of complete-subtree hashes, one append-only array per level. For tests,
 * benchmarks and tools; the database layer implements HashReader over its own tables.
 */
export class MemoryHashStore implements HashReader {
  readonly #chunks: Buffer[][] = [];
  readonly #counts: number[] = [];

  /** Number of leaves stored (the count of level-0 nodes). */
  get size(): number {
    return this.#counts[0] ?? 0;
  }

  /** Number of nodes stored at a level. */
  count(level: number): number {
    return this.#counts[level] ?? 0;
  }

  /**
   * Stores nodes as returned by MerkleFrontier.append. Each level fills left to right, so a
   * node may rewrite an existing index (a replayed append) or extend the level by one.
   */
  writeHashes(nodes: readonly StoredNode[]): void {
    for (const node of nodes) {
      const { level, index, hash } = node;
      if (!Number.isSafeInteger(level) || level < 0 || level > 63) throw new RangeError(`bad node level ${String(level)}`);
      if (!(hash instanceof Uint8Array) || hash.length !== HASH_SIZE) throw new TypeError(`node hash must be ${HASH_SIZE} bytes`);
      while (this.#chunks.length <= level) {
        this.#chunks.push([]);
        this.#counts.push(0);
      }
      const count = this.#counts[level] as number;
      if (!Number.isSafeInteger(index) || index < 0 || index > count) {
        throw new RangeError(`node level ${level} index ${String(index)} would leave a gap: level has ${count} nodes`);
      }
      const chunks = this.#chunks[level] as Buffer[];
      const c = Math.floor(index / CHUNK_HASHES);
      if (c === chunks.length) chunks.push(Buffer.alloc(CHUNK_BYTES));
      (chunks[c] as Buffer).set(hash, (index % CHUNK_HASHES) * HASH_SIZE);
      if (index === count) this.#counts[level] = count + 1;
    }
  }

  /** Synchronous read; each returned hash is a copy. Throws on a node never written. */
  readHashesSync(ids: readonly NodeId[]): Buffer[] {
    return ids.map(({ level, index }) => {
      if (!(index >= 0 && index < this.count(level) && Number.isInteger(index))) {
        throw new RangeError(`no stored hash for node level ${level} index ${index}`);
      }
      const chunk = (this.#chunks[level] as Buffer[])[Math.floor(index / CHUNK_HASHES)] as Buffer;
      const offset = (index % CHUNK_HASHES) * HASH_SIZE;
      return Buffer.from(chunk.subarray(offset, offset + HASH_SIZE));
    });
  }

  readHashes(ids: readonly NodeId[]): Promise<Buffer[]> {
    try {
      return Promise.resolve(this.readHashesSync(ids));
    } catch (err) {
      return Promise.reject(err instanceof Error ? err : new Error(String(err)));
    }
  }
}
