import { entryResponse, inclusionResponse } from '@contract/log/log-schema.js';
import { checkDisclosedRecord, type DisclosureProblem, type EntryLike } from '../../../src/domain/policy/check-disclosure.js';
import { canonicalJson } from '../../../src/ledger/canonical-json.js';
import { failure, fetchJson, fetchText } from '../api/fetch-json.js';
import { decodeBase64, toHex } from '../log/base64.js';
import { readKnownLogKey, rememberLogKey } from '../log/known-log-key.js';
import { leafHash, verifyInclusion } from '../log/merkle-verify.js';
import { parseCheckpoint } from '../log/parse-checkpoint.js';
import { parseVerifierKey, verifyNoteSignature } from '../log/verify-note-signature.js';

export interface EntryVerification {
  /** True only when all of the checks below hold. */
  ok: boolean;
  /** The record changed after the latest signed checkpoint: nothing failed, the proof waits for the next one. */
  pending: boolean;
  /** The checkpoint is signed by the log's key, as this browser first saw it. */
  signature: 'valid' | 'invalid' | 'key_changed';
  /** Every entry the record's fields were checked against is included in that checkpoint's tree. */
  included: boolean;
  /** Fields shown that neither stand in clear in their entry nor open its commitment. */
  problems: DisclosureProblem[];
  /** How many log entries the record and the records in it were checked against. */
  entries: number;
  index: number;
  size: number;
  rootBase64: string;
  /** The leaf hash computed here, from the record's entry's canonical JSON. */
  leafHex: string;
  type: string;
  at: string;
}

const sha256 = async (bytes: Uint8Array) => new Uint8Array(await crypto.subtle.digest('SHA-256', bytes.slice()));

async function fetchRaw(url: string, signal?: AbortSignal): Promise<unknown> {
  const response = await fetch(url, { headers: { accept: 'application/json' }, ...(signal ? { signal } : {}) });
  if (!response.ok) throw await failure(response);
  return response.json();
}

/**
 * Proves in this browser, needing no trust in the server, that a record as the API shows it is
 * what the log holds: the checkpoint's Ed25519 signature against the log's key (WebCrypto), every
 * entry's inclusion in that checkpoint (RFC 9162), and every field of the answer, nested records
 * included, either in clear in its entry or opening the entry's commitment with the salt given.
 */
export async function verifyLogEntry(recordUrl: string, recordId: string, signal?: AbortSignal): Promise<EntryVerification> {
  // The server signs a checkpoint within about a second of a write: a record changed just now waits for it.
  for (let attempt = 1; ; attempt++) {
    const result = await verifyOnce(recordUrl, recordId, signal);
    if (!result.pending || attempt === PENDING_ATTEMPTS) return result;
    await new Promise((resolve) => setTimeout(resolve, PENDING_WAIT_MS));
  }
}

const PENDING_ATTEMPTS = 4;
const PENDING_WAIT_MS = 1000;

async function verifyOnce(recordUrl: string, recordId: string, signal?: AbortSignal): Promise<EntryVerification> {
  const note = await fetchText('/log/checkpoint', signal);
  const checkpoint = parseCheckpoint(note);
  const served = (await fetchText('/log/key', signal)).trim();
  const known = readKnownLogKey();
  const key = await parseVerifierKey(known ?? served);
  let signature: EntryVerification['signature'] = key && (await verifyNoteSignature(note, key)) ? 'valid' : 'invalid';
  if (known !== null && known !== served) signature = 'key_changed';
  if (signature === 'valid' && known === null) rememberLogKey(served);

  const answer = (await fetchRaw(recordUrl, signal)) as { id?: unknown; log_index?: unknown };
  let included = true;
  const cache = new Map<number, Promise<(EntryLike & { at: string; leafHex: string }) | undefined>>();
  const entryAt = (index: number) => {
    let found = cache.get(index);
    if (!found) {
      found = (async () => {
        if (index >= checkpoint.size) {
          included = false;
          return undefined;
        }
        const { entry } = await fetchJson(`/api/v1/log/entries/${index}`, entryResponse, signal);
        const leaf = await leafHash(new TextEncoder().encode(canonicalJson(entry)));
        const proof = await fetchJson(`/api/v1/log/proof/inclusion?index=${index}&size=${checkpoint.size}`, inclusionResponse, signal);
        const hashes = proof.proof.map(decodeBase64);
        const wellFormed = proof.index === index && proof.size === checkpoint.size && hashes.every((h) => h !== null);
        if (!(wellFormed && (await verifyInclusion(index, checkpoint.size, leaf, hashes as Uint8Array[], checkpoint.root)))) included = false;
        return { ...entry, leafHex: toHex(leaf) };
      })();
      cache.set(index, found);
    }
    return found;
  };
  const problems = await checkDisclosedRecord(answer, entryAt, sha256);
  const index = typeof answer.log_index === 'number' ? answer.log_index : -1;
  const main = index >= 0 ? await entryAt(index) : undefined;
  const ok = signature === 'valid' && included && problems.length === 0 && answer.id === recordId && main !== undefined;
  // A record whose newest entry the signed checkpoint does not reach yet cannot be checked: a wait, never a ✓ and not yet a ✗.
  const pending = !ok && signature === 'valid' && answer.id === recordId && index >= checkpoint.size;
  return { ok, pending, signature, included, problems, entries: cache.size, index, size: checkpoint.size, rootBase64: checkpoint.rootBase64, leafHex: main?.leafHex ?? '', type: main?.type ?? '', at: main?.at ?? '' };
}
