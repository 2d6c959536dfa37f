/**
 * Addresses of stored subtree hashes, as in golang.org/x/mod/sumdb/tlog and C2SP tlog-tiles:
 * the node at {level, index} is the hash of the complete subtree over leaves
 * [index·2^level, (index+1)·2^level). Only complete subtrees are ever stored, so a stored
 * hash never changes once written.
 */
export type NodeId = { readonly level: number; readonly index: number };

export type StoredNode = NodeId & { readonly hash: Buffer };

/**
 * floor(log2(n)) for 1 <= n <= 2^53. Sizes may exceed 2^32, so 32-bit bitwise operators
 * cannot be used on them directly.
 */
export function floorLog2(n: number): number {
  if (n < 0x1_0000_0000) return 31 - Math.clz32(n);
  return 32 + floorLog2(Math.floor(n / 0x1_0000_0000));
}

/** Largest power of two strictly less than n, for n >= 2 (the RFC 9162 split point k). */
export function splitPoint(n: number): number {
  const p = 2 ** floorLog2(n);
  return p === n ? p / 2 : p;
}

/**
 * The stored nodes whose hashes make up the RFC 9162 subtree over leaves [start, end),
 * largest first. Valid for every range that occurs in RFC 9162 trees and proofs: start is
 * a multiple of the smallest power of two >= end - start. The subtree hash is the right
 * fold nodeHash(h0, nodeHash(h1, … nodeHash(h_{k-2}, h_{k-1}))).
 */
export function subtreeNodeIds(start: number, end: number): NodeId[] {
  const ids: NodeId[] = [];
  let remaining = end - start;
  let cursor = start;
  while (remaining > 0) {
    const level = floorLog2(remaining);
    const width = 2 ** level;
    ids.push({ level, index: cursor / width });
    cursor += width;
    remaining -= width;
  }
  return ids;
}
