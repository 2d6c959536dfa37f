import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MemoryHashStore } from './memory-hash-store.js';
import { MerkleFrontier, frontierNodeIds } from './merkle-frontier.js';
import { leafHash } from './merkle-hash.js';
import { consistencyProof, inclusionProof, treeRoot } from './merkle-proofs.js';
import { isTileLevel, TileHashReader, type LevelReader } from './tile-hash-reader.js';

// Past 2^16 leaves, so that level 16 is kept and nodes between 8 and 16 are folded from level 8.
const N = 70_000;

// Every subtree hash, for reference, and the tile levels alone, as a store would keep them.
const full = new MemoryHashStore();
const kept = new Map<number, Buffer[]>();
const frontier = new MerkleFrontier();
for (let i = 0; i < N; i++) {
  for (const node of frontier.append(leafHash(Buffer.from(`entry ${i}`)))) {
    full.writeHashes([node]);
    if (isTileLevel(node.level)) {
      if (!kept.has(node.level)) kept.set(node.level, []);
      kept.get(node.level)![node.index] = Buffer.from(node.hash);
    }
  }
}

/** Reads kept hashes, as a database would: only what exists below the tree size. */
function readerOf(size: number, reads: { level: number; count: number }[] = []): TileHashReader {
  const readLevel: LevelReader = async (level, start, count) => {
    reads.push({ level, count });
    const stored = Math.floor(size / 2 ** level);
    return (kept.get(level) ?? []).slice(start, Math.min(start + count, stored));
  };
  return new TileHashReader(readLevel);
}

describe('hashes read from the tile levels alone', () => {
  it('keeps one hash per leaf and one per 256 above it', () => {
    expect(kept.get(0)!.length).toBe(N);
    expect(kept.get(8)!.length).toBe(Math.floor(N / 256));
    expect(kept.get(16)!.length).toBe(1);
    expect([...kept.keys()].sort((a, b) => a - b)).toEqual([0, 8, 16]);
  });

  it('gives every root, inclusion and consistency proof that the full store gives', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: N }), fc.nat(), fc.nat(), async (size, a, b) => {
        const reader = readerOf(size);
        expect(await treeRoot(size, reader)).toEqual(await treeRoot(size, full));
        const index = a % size;
        expect(await inclusionProof(index, size, reader)).toEqual(await inclusionProof(index, size, full));
        const from = 1 + (b % size);
        expect(await consistencyProof(from, size, reader)).toEqual(await consistencyProof(from, size, full));
        expect(await reader.readHashes(frontierNodeIds(size))).toEqual(await full.readHashes(frontierNodeIds(size)));
      }),
      { numRuns: 300 },
    );
  });

  it('reads a few tiles per proof, not the tree', async () => {
    const reads: { level: number; count: number }[] = [];
    await inclusionProof(12_345, N, readerOf(N, reads));
    await consistencyProof(12_345, N, readerOf(N, reads));
    expect(reads.length).toBeLessThanOrEqual(8);
    expect(reads.reduce((sum, r) => sum + r.count, 0)).toBeLessThanOrEqual(8 * 256);
  });

  it('names the first kept hash that is missing', async () => {
    const holed: LevelReader = async (level, start, count) => (level === 0 ? kept.get(0)!.slice(start, Math.min(start + count, 300)) : []);
    await expect(new TileHashReader(holed).readHashes([{ level: 3, index: 37 }])).rejects.toThrow(/missing the stored hash of subtree level 0 index 300, needed for level 3 index 37/);
    await expect(new TileHashReader(holed).readHashes([{ level: 9, index: 0 }])).rejects.toThrow(/level 8 index 0, needed for level 9 index 0/);
  });
});
