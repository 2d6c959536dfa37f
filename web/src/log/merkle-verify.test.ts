import { describe, expect, it } from 'vitest';
import vectors from '../../../test/vectors/rfc6962.json' with { type: 'json' };
import { leafHash, nodeHash, verifyConsistency, verifyInclusion } from './merkle-verify.js';
import { toHex } from './base64.js';

// The official transparency-dev/merkle vectors, every probe, positive and negative.
const hex = (s: string): Uint8Array => Uint8Array.from(s.match(/../g) ?? [], (b) => parseInt(b, 16));

describe('in-browser Merkle verification (WebCrypto) against the RFC 6962 vectors', () => {
  it('hashes leaves and nodes as RFC 9162 §2.1 says', async () => {
    const leaves = await Promise.all(vectors.leafInputsHex.map((l) => leafHash(hex(l))));
    expect(leaves.map(toHex)).toEqual(vectors.leafHashesHex);
    const [l0, l1] = leaves as [Uint8Array, Uint8Array];
    expect(toHex(await nodeHash(l0, l1))).toBe(vectors.rootsBySize['2']);
  });

  it.each(vectors.inclusionProbesAll.map((p) => [`${p.file} (${p.desc})`, p] as const))('inclusion %s', async (_name, p) => {
    const ok = await verifyInclusion(p.leafIndex, p.treeSize, hex(p.leafHashHex), p.proofHex.map(hex), hex(p.rootHex));
    expect(ok).toBe(p.expectValid);
  });

  it.each(vectors.consistencyProbesAll.map((p) => [`${p.file} (${p.desc})`, p] as const))('consistency %s', async (_name, p) => {
    const ok = await verifyConsistency(p.size1, p.size2, hex(p.root1Hex), hex(p.root2Hex), p.proofHex.map(hex));
    expect(ok).toBe(p.expectValid);
  });

  it('rejects a proof with one flipped bit', async () => {
    const p = vectors.consistency.find((c) => c.proofHex.length > 1);
    if (!p) throw new Error('the vectors hold no consistency proof of two or more hashes');
    const proof = p.proofHex.map(hex);
    const first = proof[0] as Uint8Array;
    first[0] = (first[0] as number) ^ 1;
    expect(await verifyConsistency(p.size1, p.size2, hex(p.root1Hex), hex(p.root2Hex), proof)).toBe(false);
  });
});
