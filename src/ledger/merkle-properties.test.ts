import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MemoryHashStore } from './memory-hash-store.js';
import { MerkleFrontier, frontierNodeIds } from './merkle-frontier.js';
import { EMPTY_ROOT, leafHash, nodeHash } from './merkle-hash.js';
import { consistencyProof, inclusionProof, treeRoot } from './merkle-proofs.js';
import { verifyConsistency, verifyInclusion } from './merkle-verify.js';
import { splitPoint } from './node-id.js';

const N = 10_000;

// One tree of N leaves, built once; every property samples sizes and indexes from it.
const entries = Array.from({ length: N }, (_, i) => Buffer.from(`{"i":${i},"pad":"${'x'.repeat(i % 37)}"}`));
const leafHashes = entries.map(leafHash);
const store = new MemoryHashStore();
const frontier = new MerkleFrontier();
const roots: Buffer[] = [frontier.root()];
const appendedCounts: number[] = [];
for (const h of leafHashes) {
  const created = frontier.append(h);
  appendedCounts.push(created.length);
  store.writeHashes(created);
  roots.push(frontier.root());
}

/** RFC 9162 §2.1.1 MTH, recursively, straight from the definition. */
function naiveRoot(hashes: readonly Buffer[]): Buffer {
  if (hashes.length === 0) return createHash('sha256').digest();
  if (hashes.length === 1) return hashes[0] as Buffer;
  const k = splitPoint(hashes.length);
  return nodeHash(naiveRoot(hashes.slice(0, k)), naiveRoot(hashes.slice(k)));
}

function flipBit(b: Uint8Array, bit: number): Buffer {
  const copy = Buffer.from(b);
  const at = Math.floor(bit / 8) % copy.length;
  copy[at] = (copy[at] as number) ^ (1 << bit % 8);
  return copy;
}

const size = fc.integer({ min: 1, max: N });
const sizeAndIndex = size.chain((s) => fc.tuple(fc.constant(s), fc.integer({ min: 0, max: s - 1 })));
const fromAndTo = size.chain((to) => fc.tuple(fc.integer({ min: 1, max: to }), fc.constant(to)));
const bit = fc.integer({ min: 0, max: 255 });

describe('MerkleFrontier', () => {
  it('matches the recursive RFC 9162 MTH for every size up to 300', () => {
    for (let s = 0; s <= 300; s++) expect(roots[s]?.equals(naiveRoot(leafHashes.slice(0, s)))).toBe(true);
    expect(roots[0]?.equals(EMPTY_ROOT)).toBe(true);
  });

  it('stores about 2 nodes per append, never more than log2(n) + 1', () => {
    const total = appendedCounts.reduce((a, b) => a + b, 0);
    expect(total).toBe(2 * N - popcount(N));
    expect(Math.max(...appendedCounts)).toBe(Math.floor(Math.log2(N)) + 1);
  });

  it('root equals treeRoot from stored nodes, and a frontier rebuilt from storage continues identically', async () => {
    await fc.assert(
      fc.asyncProperty(size, fc.integer({ min: 0, max: 40 }), async (s, extra) => {
        expect((await treeRoot(s, store)).equals(roots[s] as Buffer)).toBe(true);
        const rebuilt = new MerkleFrontier(s, await store.readHashes(frontierNodeIds(s)));
        expect(rebuilt.root().equals(roots[s] as Buffer)).toBe(true);
        const copy = rebuilt.clone();
        for (let i = s; i < Math.min(N, s + extra); i++) rebuilt.append(leafHashes[i] as Buffer);
        expect(rebuilt.root().equals(roots[Math.min(N, s + extra)] as Buffer)).toBe(true);
        expect(copy.root().equals(roots[s] as Buffer)).toBe(true);
        expect(rebuilt.nodes().map(({ level, index }) => ({ level, index }))).toEqual(frontierNodeIds(rebuilt.size));
      }),
      { numRuns: 500 },
    );
  });
});

describe('inclusion proofs', () => {
  it('verify, and fail when any bit of a proof element, the root or the leaf flips', async () => {
    await fc.assert(
      fc.asyncProperty(sizeAndIndex, fc.nat(), bit, async ([s, i], which, b) => {
        const proof = await inclusionProof(i, s, store);
        const leaf = leafHashes[i] as Buffer;
        const root = roots[s] as Buffer;
        expect(verifyInclusion(i, s, leaf, proof, root)).toBe(true);
        expect(verifyInclusion(i, s, flipBit(leaf, b), proof, root)).toBe(false);
        expect(verifyInclusion(i, s, leaf, proof, flipBit(root, b))).toBe(false);
        if (proof.length > 0) {
          const k = which % proof.length;
          const tampered = proof.map((p, j) => (j === k ? flipBit(p, b) : p));
          expect(verifyInclusion(i, s, leaf, tampered, root)).toBe(false);
          expect(verifyInclusion(i, s, leaf, proof.slice(1), root)).toBe(false);
        }
        expect(verifyInclusion(i, s, leaf, [...proof, root], root)).toBe(false);
        if (s > 1) expect(verifyInclusion((i + 1) % s, s, leaf, proof, root)).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('consistency proofs', () => {
  it('verify, and fail when any bit of a proof element or either root flips', async () => {
    await fc.assert(
      fc.asyncProperty(fromAndTo, fc.nat(), bit, async ([from, to], which, b) => {
        const proof = await consistencyProof(from, to, store);
        const r1 = roots[from] as Buffer;
        const r2 = roots[to] as Buffer;
        expect(verifyConsistency(from, to, r1, r2, proof)).toBe(true);
        expect(verifyConsistency(from, to, flipBit(r1, b), r2, proof)).toBe(false);
        expect(verifyConsistency(from, to, r1, flipBit(r2, b), proof)).toBe(false);
        if (proof.length > 0) {
          const k = which % proof.length;
          const tampered = proof.map((p, j) => (j === k ? flipBit(p, b) : p));
          expect(verifyConsistency(from, to, r1, r2, tampered)).toBe(false);
          expect(verifyConsistency(from, to, r1, r2, proof.slice(0, -1))).toBe(false);
        }
        if (from < to) expect(verifyConsistency(from, to, r2, r1, proof)).toBe(false);
        expect(verifyConsistency(from, to, r1, r2, [...proof, r1])).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });
});

function popcount(n: number): number {
  let c = 0;
  for (let x = n; x > 0; x = Math.floor(x / 2)) c += x % 2;
  return c;
}
