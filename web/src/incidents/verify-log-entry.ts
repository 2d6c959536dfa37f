import { entryResponse, inclusionResponse } from '@contract/log/log-schema.js';
import { canonicalJson } from '../../../src/ledger/canonical-json.js';
import { fetchJson, fetchText } from '../api/fetch-json.js';
import { decodeBase64, toHex } from '../log/base64.js';
import { leafHash, verifyInclusion } from '../log/merkle-verify.js';
import { parseCheckpoint } from '../log/parse-checkpoint.js';

export interface EntryVerification {
  /** True only when the entry is about this record and the proof leads to the checkpoint's root. */
  ok: boolean;
  index: number;
  size: number;
  rootBase64: string;
  /** The leaf hash computed here, from the entry's canonical JSON. */
  leafHex: string;
  type: string;
  at: string;
}

/**
 * Proves in this browser that log entry `index` is about `recordId` and is included in the
 * tree of the current checkpoint: the entry is hashed here (RFC 8785 canonical JSON, then
 * RFC 9162 leaf hash by WebCrypto) and the server's proof is checked against the root, so a
 * reader need not trust the server's word. The checkpoint's signature is not checked here.
 */
export async function verifyLogEntry(index: number, recordId: string, signal?: AbortSignal): Promise<EntryVerification> {
  const checkpoint = parseCheckpoint(await fetchText('/log/checkpoint', signal));
  const { entry } = await fetchJson(`/api/v1/log/entries/${index}`, entryResponse, signal);
  const leaf = await leafHash(new TextEncoder().encode(canonicalJson(entry)));
  const base = { index, size: checkpoint.size, rootBase64: checkpoint.rootBase64, leafHex: toHex(leaf), type: entry.type, at: entry.at };
  if (checkpoint.size <= index || entry.id !== recordId) return { ...base, ok: false };
  const proof = await fetchJson(`/api/v1/log/proof/inclusion?index=${index}&size=${checkpoint.size}`, inclusionResponse, signal);
  const hashes = proof.proof.map(decodeBase64);
  const wellFormed = proof.index === index && proof.size === checkpoint.size && hashes.every((h) => h !== null);
  const ok = wellFormed && (await verifyInclusion(index, checkpoint.size, leaf, hashes as Uint8Array[], checkpoint.root));
  return { ...base, ok };
}
