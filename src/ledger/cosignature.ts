// C2SP tlog-cosignature: Ed25519 cosignature/v1 (signature type 0x04) over checkpoints.
import { decodeBase64Strict } from './base64-strict.js';
import { parseCheckpoint } from './checkpoint.js';
import {
  ALG_COSIGNATURE_V1,
  ALG_ED25519,
  formatVerifierKey,
  generateNoteKey,
  noteKeyId,
  parseSignerKey,
  parseVerifierKey,
} from './note-keys.js';
import type { NoteSigner, NoteVerifier } from './note-keys.js';
import { parseNote, signatureLine } from './signed-note.js';

// Timestamps travel as uint64 but are returned as numbers; beyond 2^53 they are treated as invalid.
const MAX_TIMESTAMP = Number.MAX_SAFE_INTEGER;

/** A new witness key pair; both texts carry algorithm byte 0x04. */
export function generateWitnessKey(name: string): { signerKey: string; verifierKey: string } {
  return generateNoteKey(name, ALG_COSIGNATURE_V1);
}

/**
 * Parses a witness signer key: PRIVATE+KEY+name+id+base64(0x04 ‖ seed), or a plain Ed25519
 * (0x01) note key, which transparency-dev also accepts; either way it cosigns under the 0x04
 * key ID.
 */
export function parseWitnessSignerKey(text: string): NoteSigner {
  const signer = parseSignerKey(text, [ALG_COSIGNATURE_V1, ALG_ED25519]);
  if (signer.algorithm === ALG_COSIGNATURE_V1) return signer;
  return {
    name: signer.name,
    keyId: noteKeyId(signer.name, ALG_COSIGNATURE_V1, signer.publicKey),
    algorithm: ALG_COSIGNATURE_V1,
    publicKey: signer.publicKey,
    verifierKey: formatVerifierKey(signer.name, signer.publicKey, ALG_COSIGNATURE_V1),
    sign: (message) => signer.sign(message),
  };
}

/**
 * Parses a witness verifier key. A 0x04 vkey is the spec's encoding; a plain Ed25519 (0x01)
 * vkey is also accepted, as transparency-dev does, and is used with the 0x04 key ID. The
 * returned verifier works with openNote, checking the cosignature/v1 message format.
 */
export function parseWitnessVerifierKey(text: string): NoteVerifier {
  const parsed = parseVerifierKey(text, [ALG_COSIGNATURE_V1, ALG_ED25519]);
  return {
    name: parsed.name,
    keyId: noteKeyId(parsed.name, ALG_COSIGNATURE_V1, parsed.publicKey),
    algorithm: ALG_COSIGNATURE_V1,
    publicKey: parsed.publicKey,
    verify(message, signature) {
      if (signature.length !== 8 + 64) return false;
      const time = Buffer.from(signature.subarray(0, 8)).readBigUInt64BE(0);
      if (time > BigInt(MAX_TIMESTAMP)) return false;
      return parsed.verify(cosignedMessage(message, Number(time)), signature.subarray(8));
    },
  };
}

/**
 * Cosigns a checkpoint body at `timeSeconds` (POSIX seconds). Returns the signature line,
 * with its final newline, ready to append to the checkpoint note.
 */
export function cosign(checkpointBody: string, witnessSigner: NoteSigner, timeSeconds: number): string {
  if (witnessSigner.algorithm !== ALG_COSIGNATURE_V1) {
    throw new TypeError(`cosign needs a witness (0x04) key; ${witnessSigner.name} is algorithm 0x${witnessSigner.algorithm.toString(16).padStart(2, '0')}`);
  }
  if (!Number.isSafeInteger(timeSeconds) || timeSeconds < 0) throw new RangeError(`cosignature time must be non-negative whole seconds, got ${String(timeSeconds)}`);
  parseCheckpoint(checkpointBody);
  const signature = witnessSigner.sign(cosignedMessage(Buffer.from(checkpointBody, 'utf8'), timeSeconds));
  const value = Buffer.alloc(8 + signature.length);
  value.writeBigUInt64BE(BigInt(timeSeconds), 0);
  value.set(signature, 8);
  return signatureLine(witnessSigner.name, witnessSigner.keyId, value);
}

/**
 * Checks one cosignature line (with or without its newline) over a checkpoint body.
 * Returns the cosignature's timestamp, or null if the line is not a valid cosignature by
 * this witness. A malformed key text throws: that is a configuration error, not bad input.
 */
export function verifyCosignature(checkpointBody: string, line: string, witnessVerifierKey: string | NoteVerifier): number | null {
  const verifier = typeof witnessVerifierKey === 'string' ? parseWitnessVerifierKey(witnessVerifierKey) : witnessVerifierKey;
  try {
    parseCheckpoint(checkpointBody);
    const parsed = parseNote(`${checkpointBody}\n${line.endsWith('\n') ? line : `${line}\n`}`);
    const sig = parsed.signatures[0];
    if (parsed.text !== checkpointBody || parsed.signatures.length !== 1 || sig === undefined) return null;
    if (sig.name !== verifier.name || sig.keyId !== verifier.keyId || sig.signature.length !== 72) return null;
    if (!verifier.verify(Buffer.from(checkpointBody, 'utf8'), sig.signature)) return null;
    const time = sig.signature.readBigUInt64BE(0);
    return time > BigInt(MAX_TIMESTAMP) ? null : Number(time);
  } catch {
    return null;
  }
}

/** The timestamp inside a cosignature line, unverified; null if it is not one. */
export function cosignatureTime(line: string): number | null {
  const match = /^\u2014 \S+ (\S+)\n?$/.exec(line);
  const raw = match?.[1] === undefined ? null : decodeBase64Strict(match[1]);
  if (raw === null || raw.length !== 4 + 8 + 64) return null;
  const time = raw.readBigUInt64BE(4);
  return time > BigInt(MAX_TIMESTAMP) ? null : Number(time);
}

// "cosignature/v1\ntime <T>\n" ‖ body: the header line gives domain separation from plain note signatures.
function cosignedMessage(checkpointBody: Uint8Array, timeSeconds: number): Buffer {
  return Buffer.concat([Buffer.from(`cosignature/v1\ntime ${timeSeconds}\n`, 'utf8'), checkpointBody]);
}
