import { decodeBase64Strict } from './base64-strict.js';
import { ALG_ED25519, isValidKeyName, keyIdHex } from './note-keys.js';
import type { NoteSigner, NoteVerifier } from './note-keys.js';

/** One signature line of a note: "— <name> base64(keyId ‖ signature)". */
export type NoteSignature = { name: string; keyId: number; base64: string };

export type OpenedNote = {
  /** The signed text, including its final newline. */
  text: string;
  /** Signatures by known keys, all of which verified. */
  verified: NoteSignature[];
  /** Signatures by keys not among the verifiers (ignored, as C2SP signed-note requires). */
  unverified: NoteSignature[];
};

export type NoteErrorCode = 'malformed' | 'invalid-signature' | 'unverified' | 'ambiguous-key' | 'bad-signer';

export class NoteError extends Error {
  constructor(
    readonly code: NoteErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'NoteError';
  }
}

/** Go's note package stops at 100; C2SP requires accepting at least 16. */
export const MAX_NOTE_SIGNATURES = 100;

const EM_DASH_PREFIX = '\u2014 ';
// eslint-disable-next-line no-control-regex -- rejecting control characters is the point
const CONTROL = /[\u0000-\u0009\u000b-\u001f]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Signs text (which must end in a newline) with each signer, producing a C2SP signed note. */
export function signNote(text: string, signers: NoteSigner | readonly NoteSigner[]): string {
  const list: readonly NoteSigner[] = Array.isArray(signers) ? signers : [signers as NoteSigner];
  if (list.length === 0) throw new NoteError('bad-signer', 'a note needs at least one signer');
  checkText(text);
  if (!text.endsWith('\n')) throw new NoteError('malformed', 'note text must end with a newline');
  const message = Buffer.from(text, 'utf8');
  let lines = '';
  for (const signer of list) {
    if (!isValidKeyName(signer.name)) throw new NoteError('bad-signer', `invalid signer name ${JSON.stringify(signer.name)}`);
    // A cosignature key signs a different message; signing the bare text with it would
    // produce a signature no verifier of that key accepts.
    if (signer.algorithm !== ALG_ED25519) {
      throw new NoteError('bad-signer', `signer ${signer.name} is not an Ed25519 (0x01) note key; witness keys sign with cosign()`);
    }
    lines += signatureLine(signer.name, signer.keyId, signer.sign(message));
  }
  return `${text}\n${lines}`;
}

/** "— name base64(keyId ‖ signature)\n" */
export function signatureLine(name: string, keyId: number, signature: Uint8Array): string {
  const raw = Buffer.alloc(4 + signature.length);
  raw.writeUInt32BE(keyId >>> 0, 0);
  raw.set(signature, 4);
  return `${EM_DASH_PREFIX}${name} ${raw.toString('base64')}\n`;
}

/** Splits a note into its text and signature lines without verifying anything. */
export function parseNote(note: string | Uint8Array): { text: string; signatures: (NoteSignature & { signature: Buffer })[] } {
  const msg = typeof note === 'string' ? note : decodeUtf8(note);
  checkText(msg);
  const split = msg.lastIndexOf('\n\n');
  if (split < 0) throw new NoteError('malformed', 'malformed note: no blank line before the signatures');
  const text = msg.slice(0, split + 1);
  const block = msg.slice(split + 2);
  if (block === '' || !block.endsWith('\n')) throw new NoteError('malformed', 'malformed note: signature block must be non-empty and end with a newline');
  const lines = block.slice(0, -1).split('\n');
  if (lines.length > MAX_NOTE_SIGNATURES) throw new NoteError('malformed', `malformed note: more than ${MAX_NOTE_SIGNATURES} signatures`);
  const signatures = lines.map((line) => {
    if (!line.startsWith(EM_DASH_PREFIX)) throw new NoteError('malformed', `malformed note: signature line must start with "— ": ${JSON.stringify(line)}`);
    const body = line.slice(EM_DASH_PREFIX.length);
    const space = body.indexOf(' ');
    const name = space < 0 ? body : body.slice(0, space);
    const base64 = space < 0 ? '' : body.slice(space + 1);
    const raw = decodeBase64Strict(base64);
    if (!isValidKeyName(name) || raw === null || raw.length < 5) {
      throw new NoteError('malformed', `malformed note: bad signature line ${JSON.stringify(line)}`);
    }
    return { name, keyId: raw.readUInt32BE(0), base64, signature: Buffer.from(raw.subarray(4)) };
  });
  return { text, signatures };
}

/**
 * Opens a signed note. Signatures from unknown keys are ignored (C2SP signed-note); a
 * signature from a known key that fails is an error, as is a note with no verified signature.
 */
export function openNote(note: string | Uint8Array, verifiers: readonly NoteVerifier[]): OpenedNote {
  const { text, signatures } = parseNote(note);
  const message = Buffer.from(text, 'utf8');
  const verified: NoteSignature[] = [];
  const unverified: NoteSignature[] = [];
  const seenKeys = new Set<string>();
  const seenUnknown = new Set<string>();
  for (const { name, keyId, base64, signature } of signatures) {
    const matches = verifiers.filter((v) => v.name === name && v.keyId === keyId);
    const id = `${name}+${keyIdHex(keyId)}`;
    if (matches.length === 0) {
      if (!seenUnknown.has(`${id} ${base64}`)) unverified.push({ name, keyId, base64 });
      seenUnknown.add(`${id} ${base64}`);
      continue;
    }
    if (matches.length > 1) throw new NoteError('ambiguous-key', `ambiguous key ${id}: several verifiers share this name and key ID`);
    if (seenKeys.has(id)) continue;
    seenKeys.add(id);
    if (!(matches[0] as NoteVerifier).verify(message, signature)) {
      throw new NoteError('invalid-signature', `invalid signature for key ${id}`);
    }
    verified.push({ name, keyId, base64 });
  }
  if (verified.length === 0) throw new NoteError('unverified', 'note has no verifiable signatures: no signature from a known key');
  return { text, verified, unverified };
}

function checkText(text: string): void {
  if (typeof text !== 'string') throw new NoteError('malformed', 'note must be a string or UTF-8 bytes');
  if (CONTROL.test(text)) throw new NoteError('malformed', 'malformed note: control characters other than newline are not allowed');
  if (LONE_SURROGATE.test(text)) throw new NoteError('malformed', 'malformed note: text is not valid Unicode');
}

function decodeUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new NoteError('malformed', 'malformed note: not valid UTF-8');
  }
}
