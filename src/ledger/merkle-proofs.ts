import { EMPTY_ROOT, HASH_SIZE, nodeHash } from './merkle-hash.js';
import { splitPoint, subtreeNodeIds } from './node-id.js';
import type { NodeId } from './node-id.js';

/**
 * Reads stored subtree hashes. Proof generation asks for everything it needs in one call,
 * so a database-backed reader costs one round trip per proof.
 */
export interface HashReader {
  /** Must return one 32-byte hash per id, in the same order, or throw. */
  readHashes(ids: readonly NodeId[]): Promise<Buffer[]>;
}

/** A subtree [start, end) whose MTH is one element of a proof or a root. */
export type Range = readonly [start: number, end: number];

/**
 * Pure planning step: the subtree hashes that RFC 9162 PATH(index, D[0:size]) consists of,
 * leaf-most first (the order of the proof).
 */
export function inclusionProofRanges(index: number, size: number): Range[] {
  checkCount('size', size);
  checkCount('index', index);
  if (index >= size) throw new RangeError(`leaf index ${index} is outside a tree of size ${size}`);
  const ranges: Range[] = [];
  let start = 0;
  let end = size;
  while (end - start > 1) {
    const k = splitPoint(end - start);
    if (index < start + k) {
      ranges.push([start + k, end]);
      end = start + k;
    } else {
      ranges.push([start, start + k]);
      start += k;
    }
  }
  return ranges.reverse();
}

/**
 * Pure planning step: the subtree hashes that RFC 9162 PROOF(from, D[0:to]) consists of,
 * in proof order. from = to gives the empty proof.
 */
export function consistencyProofRanges(from: number, to: number): Range[] {
  checkCount('from', from);
  checkCount('to', to);
  if (from < 1) throw new RangeError('a consistency proof needs from >= 1: every tree extends the empty tree');
  if (from > to) throw new RangeError(`from (${from}) is larger than to (${to})`);
  const ranges: Range[] = [];
  let start = 0;
  let end = to;
  let m = from;
  let completeLeft = true;
  // Iterative SUBPROOF(m, D[start:end], completeLeft) from RFC 9162 §2.1.4.1.
  while (m !== end - start) {
    const k = splitPoint(end - start);
    if (m <= k) {
      ranges.push([start + k, end]);
      end = start + k;
    } else {
      ranges.push([start, start + k]);
      start += k;
      m -= k;
      completeLeft = false;
    }
  }
  if (!completeLeft) ranges.push([start, end]);
  return ranges.reverse();
}

/** MTH(D[0:size]) from stored nodes. */
export async function treeRoot(size: number, reader: HashReader): Promise<Buffer> {
  checkCount('size', size);
  if (size === 0) return Buffer.from(EMPTY_ROOT);
  const [root] = await hashRanges([[0, size]], reader);
  return root as Buffer;
}

/** RFC 9162 §2.1.3.1 inclusion proof for the leaf at `index` in the tree of `size` leaves. */
export async function inclusionProof(index: number, size: number, reader: HashReader): Promise<Buffer[]> {
  return hashRanges(inclusionProofRanges(index, size), reader);
}

/** RFC 9162 §2.1.4.1 consistency proof from the tree of `from` leaves to the tree of `to` leaves. */
export async function consistencyProof(from: number, to: number, reader: HashReader): Promise<Buffer[]> {
  return hashRanges(consistencyProofRanges(from, to), reader);
}

/** Reads every stored node the ranges need in one batch, then folds each range to its MTH. */
async function hashRanges(ranges: readonly Range[], reader: HashReader): Promise<Buffer[]> {
  const ids: NodeId[] = [];
  const counts: number[] = [];
  for (const [start, end] of ranges) {
    const part = subtreeNodeIds(start, end);
    counts.push(part.length);
    for (const id of part) ids.push(id);
  }
  if (ids.length === 0) return [];
  const hashes = await reader.readHashes(ids);
  if (!Array.isArray(hashes) || hashes.length !== ids.length) {
    throw new Error(`hash reader returned ${Array.isArray(hashes) ? hashes.length : 'no'} hashes for ${ids.length} ids`);
  }
  hashes.forEach((h, i) => {
    if (!(h instanceof Uint8Array) || h.length !== HASH_SIZE) {
      const id = ids[i] as NodeId;
      throw new Error(`hash reader returned a malformed hash for node level ${id.level} index ${id.index}`);
    }
  });
  const out: Buffer[] = [];
  let offset = 0;
  for (const count of counts) {
    let h = hashes[offset + count - 1] as Buffer;
    for (let i = offset + count - 2; i >= offset; i--) h = nodeHash(hashes[i] as Buffer, h);
    out.push(Buffer.from(h));
    offset += count;
  }
  return out;
}

function checkCount(name: string, value: number): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`${name} must be a non-negative safe integer, got ${String(value)}`);
  }
}
