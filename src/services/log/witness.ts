import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCheckpoint } from '../../ledger/checkpoint.js';
import { cosign } from '../../ledger/cosignature.js';
import { verifyConsistency } from '../../ledger/merkle-verify.js';
import { formatVerifierKey, type NoteSigner, type NoteVerifier } from '../../ledger/note-keys.js';
import { openNote, parseNote } from '../../ledger/signed-note.js';
import type { KnownLogs } from './known-logs.js';

export type WitnessOutcome =
  | { status: 'cosigned'; size: number; accepted: boolean }
  | { status: 'unchanged'; size: number }
  | { status: 'refused'; reason: string; evidenceFile: string };

export interface WitnessOptions {
  /** The server's address; its log lives under /log/ and its proofs under /api/v1/log/. */
  logUrl: string;
  logKey: NoteVerifier;
  signer: NoteSigner;
  state: KnownLogs;
  evidenceDir: string;
  now: () => Date;
}

/**
 * One round of a witness (C2SP tlog-witness behaviour): fetch the checkpoint,
 * prove it consistent with the last one cosigned, cosign it and send the
 * cosignature back. A log that shows a view inconsistent with what this witness
 * saw before is refused, and both checkpoints and the failed proof are kept as evidence.
 */
export async function witnessOnce(options: WitnessOptions): Promise<WitnessOutcome> {
  const note = await fetchText(new URL('/log/checkpoint', options.logUrl));
  openNote(note, [options.logKey]);
  const body = parseNote(note).text;
  const checkpoint = parseCheckpoint(body);
  const root = checkpoint.root.toString('base64');
  const previous = options.state.get(checkpoint.origin);

  const refuse = (reason: string, proof: string[] | null): WitnessOutcome => {
    mkdirSync(options.evidenceDir, { recursive: true });
    const file = join(options.evidenceDir, `fork-${checkpoint.origin.replace(/[^A-Za-z0-9.-]+/g, '_')}-${options.now().getTime()}.json`);
    const evidence = { detected_at: options.now().toISOString(), reason, log: options.logUrl, previous, current: { size: checkpoint.size, root, note }, consistency_proof: proof };
    writeFileSync(file, `${JSON.stringify(evidence, null, 2)}\n`);
    return { status: 'refused', reason, evidenceFile: file };
  };

  if (previous) {
    if (checkpoint.size < previous.size) return refuse(`the log shrank from ${previous.size} to ${checkpoint.size}`, null);
    if (checkpoint.size === previous.size) {
      if (root !== previous.root) return refuse(`two different roots were signed for size ${checkpoint.size}`, null);
      return { status: 'unchanged', size: checkpoint.size };
    }
    if (previous.size > 0) {
      const url = new URL(`/api/v1/log/proof/consistency?from=${previous.size}&to=${checkpoint.size}`, options.logUrl);
      const answer = (await (await fetchOk(url)).json()) as { proof: string[] };
      const proof = answer.proof.map((p) => Buffer.from(p, 'base64'));
      if (!verifyConsistency(previous.size, checkpoint.size, Buffer.from(previous.root, 'base64'), checkpoint.root, proof)) {
        return refuse(`checkpoint ${checkpoint.size} is not consistent with checkpoint ${previous.size} cosigned before`, answer.proof);
      }
    }
  }

  const line = cosign(body, options.signer, Math.floor(options.now().getTime() / 1000));
  const response = await fetch(new URL('/log/cosignatures', options.logUrl), { method: 'POST', headers: { 'content-type': 'text/plain' }, body: note + line });
  options.state.set(checkpoint.origin, {
    verifier_key: formatVerifierKey(options.logKey.name, options.logKey.publicKey, options.logKey.algorithm), size: checkpoint.size, root, seen_at: options.now().toISOString(), note });
  return { status: 'cosigned', size: checkpoint.size, accepted: response.ok };
}

async function fetchOk(url: URL): Promise<Response> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return response;
}

async function fetchText(url: URL): Promise<string> {
  return (await fetchOk(url)).text();
}
