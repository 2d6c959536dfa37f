import type { z } from 'zod';
import { consistencyResponse as consistencyProofResponse } from '@contract/log/log-schema.js';
import { ApiError, fetchJson } from '../api/fetch-json.js';
import { decodeBase64 } from './base64.js';
import { verifyConsistency } from './merkle-verify.js';
import type { ParsedCheckpoint } from './parse-checkpoint.js';
import type { SeenCheckpoint } from './seen-checkpoint-store.js';


export type ConsistencyOutcome =
  | { result: 'first' }
  | { result: 'other-log'; origin: string }
  | { result: 'same' }
  | { result: 'consistent'; from: number; to: number; seenAt: string }
  | { result: 'inconsistent'; from: number; to: number }
  | { result: 'shrunk'; from: number; to: number }
  | { result: 'proof-unavailable' };

/**
 * Checks, in this browser, that the current checkpoint extends the one seen before
 * (RFC 9162 §2.1.4.2). Whether to remember the current one is the caller's choice:
 * `remember` says if it may replace the stored one (never after a failure).
 */
export async function checkConsistency(seen: SeenCheckpoint | null, current: ParsedCheckpoint): Promise<ConsistencyOutcome & { remember: boolean }> {
  if (seen === null) return { result: 'first', remember: true };
  if (seen.origin !== current.origin) return { result: 'other-log', origin: seen.origin, remember: true };
  const seenRoot = decodeBase64(seen.rootBase64);
  if (seen.size > current.size) return { result: 'shrunk', from: seen.size, to: current.size, remember: false };
  if (seen.size === current.size) {
    return seen.rootBase64 === current.rootBase64 ? { result: 'same', remember: true } : { result: 'inconsistent', from: seen.size, to: current.size, remember: false };
  }
  // Every tree extends the empty one.
  if (seen.size === 0) return { result: 'consistent', from: 0, to: current.size, seenAt: seen.seenAt, remember: true };
  let response: z.infer<typeof consistencyProofResponse>;
  try {
    response = await fetchJson(`/api/v1/log/proof/consistency?from=${seen.size}&to=${current.size}`, consistencyProofResponse);
  } catch (error) {
    if (error instanceof ApiError && (error.status === 404 || error.status === 501)) return { result: 'proof-unavailable', remember: false };
    throw error;
  }
  const proof = response.proof.map(decodeBase64).filter((p) => p !== null);
  const wellFormed = response.from === seen.size && response.to === current.size && proof.length === response.proof.length;
  const ok = wellFormed && seenRoot !== null && (await verifyConsistency(seen.size, current.size, seenRoot, current.root, proof));
  return ok
    ? { result: 'consistent', from: seen.size, to: current.size, seenAt: seen.seenAt, remember: true }
    : { result: 'inconsistent', from: seen.size, to: current.size, remember: false };
}
