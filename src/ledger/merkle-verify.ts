import { HASH_SIZE, nodeHash } from './merkle-hash.js';

/**
 * RFC 9162 §2.1.3.2: does `proof` show that `leafHash` is leaf `index` of the tree of `size`
 * leaves whose root is `root`? Returns false, never throws, on any malformed input.
 */
export function verifyInclusion(
  index: number,
  size: number,
  leafHash: Uint8Array,
  proof: readonly Uint8Array[],
  root: Uint8Array,
): boolean {
  try {
    if (!isCount(index) || !isCount(size) || index >= size) return false;
    // The leaf is checked for size too: with an empty proof it is compared to the root as is.
    if (!isHash(leafHash) || !isHash(root) || !isProof(proof)) return false;
    let fn = index;
    let sn = size - 1;
    let r: Uint8Array = leafHash;
    for (const p of proof) {
      if (sn === 0) return false;
      if (fn % 2 === 1 || fn === sn) {
        r = nodeHash(p, r);
        if (fn % 2 === 0) {
          while (fn % 2 === 0 && fn !== 0) {
            fn /= 2;
            sn = Math.floor(sn / 2);
          }
        }
      } else {
        r = nodeHash(r, p);
      }
      fn = Math.floor(fn / 2);
      sn = Math.floor(sn / 2);
    }
    return sn === 0 && bytesEqual(r, root);
  } catch {
    return false;
  }
}

/**
 * RFC 9162 §2.1.4.2: does `proof` show that the tree of `to` leaves with root `toRoot`
 * extends the tree of `from` leaves with root `fromRoot`? from = to holds with an empty
 * proof and equal roots. from = 0 is rejected: RFC 9162 defines proofs for 0 < from only,
 * and a claim about the empty tree proves nothing (the transparency-dev vectors agree).
 */
export function verifyConsistency(
  from: number,
  to: number,
  fromRoot: Uint8Array,
  toRoot: Uint8Array,
  proof: readonly Uint8Array[],
): boolean {
  try {
    if (!isCount(from) || !isCount(to) || from < 1 || from > to) return false;
    if (!(fromRoot instanceof Uint8Array) || !(toRoot instanceof Uint8Array) || !isProof(proof)) return false;
    if (from === to) return proof.length === 0 && bytesEqual(fromRoot, toRoot);
    if (proof.length === 0) return false;
    const path: readonly Uint8Array[] = isPowerOfTwo(from) ? [fromRoot, ...proof] : proof;
    let fn = from - 1;
    let sn = to - 1;
    while (fn % 2 === 1) {
      fn = Math.floor(fn / 2);
      sn = Math.floor(sn / 2);
    }
    let fr = path[0] as Uint8Array;
    let sr = fr;
    for (let i = 1; i < path.length; i++) {
      const c = path[i] as Uint8Array;
      if (sn === 0) return false;
      if (fn % 2 === 1 || fn === sn) {
        fr = nodeHash(c, fr);
        sr = nodeHash(c, sr);
        if (fn % 2 === 0) {
          while (fn % 2 === 0 && fn !== 0) {
            fn /= 2;
            sn = Math.floor(sn / 2);
          }
        }
      } else {
        sr = nodeHash(sr, c);
      }
      fn = Math.floor(fn / 2);
      sn = Math.floor(sn / 2);
    }
    return sn === 0 && bytesEqual(fr, fromRoot) && bytesEqual(sr, toRoot);
  } catch {
    return false;
  }
}

function isCount(n: unknown): n is number {
  return typeof n === 'number' && Number.isSafeInteger(n) && n >= 0;
}

function isHash(h: unknown): h is Uint8Array {
  return h instanceof Uint8Array && h.length === HASH_SIZE;
}

// Proof elements are always SHA-256 outputs; any other length can only be a forgery or garbage.
function isProof(proof: unknown): proof is readonly Uint8Array[] {
  return Array.isArray(proof) && proof.every(isHash);
}

function isPowerOfTwo(n: number): boolean {
  let x = n;
  while (x % 2 === 0) x /= 2;
  return x === 1;
}

function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
