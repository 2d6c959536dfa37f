import { describe, expect, it } from 'vitest';
import vectors from '../../test/vectors/rfc6962.json' with { type: 'json' };
import { MemoryHashStore } from './memory-hash-store.js';
import { MerkleFrontier, frontierNodeIds } from './merkle-frontier.js';
import { EMPTY_ROOT, leafHash, nodeHash } from './merkle-hash.js';
import { consistencyProof, inclusionProof, treeRoot } from './merkle-proofs.js';
import { verifyConsistency, verifyInclusion } from './merkle-verify.js';

// Official transparency-dev/merkle vectors (test/vectors/rfc6962.json, vendored; see test/vectors/README.md).
type InclusionProbe = (typeof vectors.inclusionProbesAll)[number];
type ConsistencyProbe = (typeof vectors.consistencyProbesAll)[number];

const hex = (s: string): Buffer => Buffer.from(s, 'hex');
const leaves = vectors.leafInputsHex.map(hex);

function buildTree(): { store: MemoryHashStore; roots: Buffer[] } {
  const store = new MemoryHashStore();
  const frontier = new MerkleFrontier();
  const roots = [frontier.root()];
  for (const leaf of leaves) {
    store.writeHashes(frontier.append(leafHash(leaf)));
    roots.push(frontier.root());
  }
  return { store, roots };
}

const { store, roots } = buildTree();

describe('RFC 6962 vectors: hashing and roots', () => {
  it('hashes the empty tree and the leaves', () => {
    expect(EMPTY_ROOT.toString('hex')).toBe(vectors.rootsBySize['0']);
    expect(leaves.map((l) => leafHash(l).toString('hex'))).toEqual(vectors.leafHashesHex);
  });

  it.each(Object.entries(vectors.rootsBySize))('root of size %s from the frontier and from stored nodes', async (size, root) => {
    expect(roots[Number(size)]?.toString('hex')).toBe(root);
    expect((await treeRoot(Number(size), store)).toString('hex')).toBe(root);
    const frontier = new MerkleFrontier(Number(size), await store.readHashes(frontierNodeIds(Number(size))));
    expect(frontier.root().toString('hex')).toBe(root);
  });

  it('stores exactly the complete-subtree hashes of the vector tree', () => {
    for (const [level, hashes] of Object.entries(vectors.nodeHashesByLevel)) {
      const ids = hashes.map((_, index) => ({ level: Number(level), index }));
      expect(store.readHashesSync(ids).map((h) => h.toString('hex'))).toEqual(hashes);
      expect(store.count(Number(level))).toBe(hashes.length);
    }
  });

  it('nodeHash is SHA-256(0x01 ‖ l ‖ r)', () => {
    const [l0, l1] = vectors.leafHashesHex.map(hex) as [Buffer, Buffer];
    expect(nodeHash(l0, l1).toString('hex')).toBe(vectors.rootsBySize['2']);
  });
});

describe('RFC 6962 vectors: inclusion', () => {
  it.each(vectors.inclusion.map((c) => [c.file, c] as const))('generated proof equals %s', async (_file, c) => {
    const proof = await inclusionProof(c.leafIndex, c.treeSize, store);
    expect(proof.map((p) => p.toString('hex'))).toEqual(c.proofHex);
  });

  it.each(vectors.inclusionProbesAll.map((p) => [p.file, p] as const))('%s', (_file, p: InclusionProbe) => {
    const ok = verifyInclusion(p.leafIndex, p.treeSize, hex(p.leafHashHex), p.proofHex.map(hex), hex(p.rootHex));
    expect(ok).toBe(p.expectValid);
  });

  it('every (index, size) up to 8 gives a proof that verifies', async () => {
    for (let size = 1; size <= 8; size++) {
      for (let index = 0; index < size; index++) {
        const proof = await inclusionProof(index, size, store);
        expect(verifyInclusion(index, size, leafHash(leaves[index] as Buffer), proof, roots[size] as Buffer)).toBe(true);
      }
    }
  });
});

describe('RFC 6962 vectors: consistency', () => {
  it.each(vectors.consistency.map((c) => [c.file, c] as const))('generated proof equals %s', async (_file, c) => {
    const proof = await consistencyProof(c.size1, c.size2, store);
    expect(proof.map((p) => p.toString('hex'))).toEqual(c.proofHex);
  });

  it.each(vectors.consistencyProbesAll.map((p) => [p.file, p] as const))('%s', (_file, p: ConsistencyProbe) => {
    const ok = verifyConsistency(p.size1, p.size2, hex(p.root1Hex), hex(p.root2Hex), p.proofHex.map(hex));
    expect(ok).toBe(p.expectValid);
  });

  it('every 1 <= from <= to <= 8 gives a proof that verifies', async () => {
    for (let to = 1; to <= 8; to++) {
      for (let from = 1; from <= to; from++) {
        const proof = await consistencyProof(from, to, store);
        expect(verifyConsistency(from, to, roots[from] as Buffer, roots[to] as Buffer, proof)).toBe(true);
      }
    }
  });
});

describe('edge cases', () => {
  it('rejects proof requests outside the tree with RangeError', async () => {
    await expect(inclusionProof(8, 8, store)).rejects.toThrow(RangeError);
    await expect(inclusionProof(-1, 8, store)).rejects.toThrow(RangeError);
    await expect(consistencyProof(0, 8, store)).rejects.toThrow(/from >= 1/);
    await expect(consistencyProof(5, 4, store)).rejects.toThrow(RangeError);
    await expect(treeRoot(9, store)).rejects.toThrow(/no stored hash/);
    expect(await consistencyProof(8, 8, store)).toEqual([]);
    expect((await treeRoot(0, store)).equals(EMPTY_ROOT)).toBe(true);
  });

  it('verifiers return false instead of throwing on garbage', () => {
    const r = roots[8] as Buffer;
    const bad: unknown[] = [null, undefined, 'x', 1.5, -1, NaN, Infinity, 2 ** 60, [1, 2]];
    for (const b of bad) {
      expect(verifyInclusion(b as number, 8, r, [], r)).toBe(false);
      expect(verifyInclusion(0, b as number, r, [], r)).toBe(false);
      expect(verifyInclusion(0, 1, b as Buffer, [], r)).toBe(false);
      expect(verifyInclusion(0, 1, r, b as Buffer[], r)).toBe(false);
      expect(verifyConsistency(b as number, 8, r, r, [r])).toBe(false);
      expect(verifyConsistency(1, b as number, r, r, [r])).toBe(false);
      expect(verifyConsistency(1, 8, r, r, b as Buffer[])).toBe(false);
      expect(verifyConsistency(1, 2, r, b as Buffer, [r])).toBe(false);
    }
    expect(verifyInclusion(0, 2, r, [Buffer.alloc(31)], r)).toBe(false);
  });

  it('the frontier rejects inconsistent construction', () => {
    expect(() => new MerkleFrontier(3, [EMPTY_ROOT])).toThrow(/needs 2 hashes/);
    expect(() => new MerkleFrontier(1, [Buffer.alloc(31)])).toThrow(/32 bytes/);
    expect(() => new MerkleFrontier(-1)).toThrow(RangeError);
    expect(() => new MerkleFrontier().append(Buffer.alloc(33))).toThrow(/32 bytes/);
  });

  it('the store refuses gaps and reports what is missing', () => {
    const s = new MemoryHashStore();
    expect(() => s.writeHashes([{ level: 0, index: 1, hash: EMPTY_ROOT }])).toThrow(/gap/);
    expect(() => s.readHashesSync([{ level: 3, index: 0 }])).toThrow(/level 3 index 0/);
  });
});
