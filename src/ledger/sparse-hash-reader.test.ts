import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MemoryHashStore } from './memory-hash-store.js';
import { MerkleFrontier, frontierNodeIds } from './merkle-frontier.js';
import { leafHash } from './merkle-hash.js';
import { consistencyProof, inclusionProof, treeRoot } from './merkle-proofs.js';
import { isKeptLevel, SparseHashReader, type LevelSpan, type SpanReader } from './sparse-hash-reader.js';

// Past 2^16 leaves, so that every kept level up to 16 holds hashes and each level between is folded.
const N = 70_000;

// Every subtree hash, for reference, and every fourth level alone, as a store would keep them.
const full = new MemoryHashStore();
const kept = new Map<number, Buffer[]>();
const frontier = new MerkleFrontier();
for (let i = 0; i < N; i++) {
  for (const node of frontier.append(leafHash(Buffer.from(`entry ${i}`)))) {
    full.writeHashes([node]);
    if (isKeptLevel(node.level)) {
      if (!kept.has(node.level)) kept.set(node.level, []);
      kept.get(node.level)![node.index] = Buffer.from(node.hash);
    }
  }
}

/** Reads kept hashes, as a database would: only what exists below the tree size. */
function readerOf(size: number, reads: LevelSpan[][] = []): SparseHashReader {
  const readSpans: SpanReader = async (spans) => {
    reads.push([...spans]);
    return spans.map(({ level, start, end }) => (kept.get(level) ?? []).slice(start, Math.min(end, Math.floor(size / 2 ** level))));
  };
  return new SparseHashReader(readSpans);
}

describe('hashes read from every fourth level alone', () => {
  it('keeps one hash per leaf, and one per 16 leaves and fewer above', () => {
    expect(kept.get(0)!.length).toBe(N);
    expect(kept.get(4)!.length).toBe(Math.floor(N / 16));
    expect(kept.get(8)!.length).toBe(Math.floor(N / 256));
    expect(kept.get(16)!.length).toBe(1);
    expect([...kept.keys()].sort((a, b) => a - b)).toEqual([0, 4, 8, 12, 16]);
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

  it('reads a few dozen hashes per proof in one call, not the tree', async () => {
    for (const [index, size] of [[12_345, N], [0, 1], [N - 1, N], [65_535, 65_537]] as const) {
      const reads: LevelSpan[][] = [];
      await inclusionProof(index, size, readerOf(size, reads));
      await consistencyProof(Math.max(1, index), size, readerOf(size, reads));
      expect(reads.length).toBeLessThanOrEqual(2);
      for (const spans of reads) expect(spans.reduce((sum, s) => sum + s.end - s.start, 0)).toBeLessThanOrEqual(12 * 16);
    }
  });

  it('names the first kept hash that is missing', async () => {
    const holed: SpanReader = async (spans) => spans.map(({ level, start, end }) => (level === 0 ? kept.get(0)!.slice(start, Math.min(end, 300)) : []));
    await expect(new SparseHashReader(holed).readHashes([{ level: 3, index: 37 }])).rejects.toThrow(/missing the stored hash of subtree level 0 index 300, needed for level 3 index 37/);
    await expect(new SparseHashReader(holed).readHashes([{ level: 9, index: 0 }])).rejects.toThrow(/level 8 index 0, needed for level 9 index 0/);
    await expect(new SparseHashReader(holed).readHashes([{ level: 5, index: 0 }])).rejects.toThrow(/level 4 index 0, needed for level 5 index 0/);
  });
});
