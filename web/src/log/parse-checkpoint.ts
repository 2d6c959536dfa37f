import { decodeBase64 } from './base64.js';

/** One signature line, "— name base64(keyId ‖ signature)", as shown to a reader. */
export interface CheckpointSignature {
  name: string;
  keyIdHex: string;
  /** 'log': an Ed25519 note signature (64 bytes); 'cosignature': timestamp ‖ signature (C2SP tlog-cosignature). */
  kind: 'log' | 'cosignature' | 'unknown';
  /** A cosignature's time, POSIX seconds as ISO-8601. */
  cosignedAt: string | null;
  line: string;
}

export interface ParsedCheckpoint {
  origin: string;
  size: number;
  rootBase64: string;
  root: Uint8Array;
  extensions: string[];
  signatures: CheckpointSignature[];
}

export class CheckpointFormatError extends Error {
  override name = 'CheckpointFormatError';
}

const EM_DASH = '\u2014 ';
const DECIMAL = /^(?:0|[1-9][0-9]*)$/;

/**
 * Parses a C2SP signed-note checkpoint (tlog-checkpoint): origin, size, base64 root and
 * optional extension lines, a blank line, then one or more signature lines. It checks
 * the form only: the browser has no trusted key to check the log's signature against.
 */
export function parseCheckpoint(note: string): ParsedCheckpoint {
  const split = note.lastIndexOf('\n\n');
  if (split < 0) throw new CheckpointFormatError('no blank line between the checkpoint and its signatures');
  const body = note.slice(0, split).split('\n');
  const block = note.slice(split + 2);
  if (!block.endsWith('\n') || block === '\n' || block === '') throw new CheckpointFormatError('the signature block is empty or does not end with a newline');
  const [origin, sizeText, rootBase64, ...extensions] = body;
  if (origin === undefined || origin === '' || sizeText === undefined || rootBase64 === undefined) {
    throw new CheckpointFormatError('a checkpoint needs an origin, a size and a root');
  }
  if (!DECIMAL.test(sizeText) || !Number.isSafeInteger(Number(sizeText))) throw new CheckpointFormatError(`the size is not a decimal number: ${sizeText}`);
  const root = decodeBase64(rootBase64);
  if (root === null || root.length !== 32) throw new CheckpointFormatError('the root is not the base64 of a 32-byte hash');
  const signatures = block.slice(0, -1).split('\n').map(parseSignatureLine);
  return { origin, size: Number(sizeText), rootBase64, root, extensions, signatures };
}

function parseSignatureLine(line: string): CheckpointSignature {
  if (!line.startsWith(EM_DASH)) throw new CheckpointFormatError(`a signature line must start with "— ": ${line}`);
  const [name, base64, ...extra] = line.slice(EM_DASH.length).split(' ');
  const raw = base64 === undefined ? null : decodeBase64(base64);
  if (name === undefined || name === '' || raw === null || raw.length < 5 || extra.length > 0) {
    throw new CheckpointFormatError(`malformed signature line: ${line}`);
  }
  const view = new DataView(raw.buffer, raw.byteOffset, raw.byteLength);
  const keyIdHex = view.getUint32(0).toString(16).padStart(8, '0');
  const signatureLength = raw.length - 4;
  if (signatureLength === 64) return { name, keyIdHex, kind: 'log', cosignedAt: null, line };
  if (signatureLength === 72) {
    const seconds = Number(view.getBigUint64(4));
    const cosignedAt = Number.isSafeInteger(seconds * 1000) ? new Date(seconds * 1000).toISOString() : null;
    return { name, keyIdHex, kind: 'cosignature', cosignedAt, line };
  }
  return { name, keyIdHex, kind: 'unknown', cosignedAt: null, line };
}
