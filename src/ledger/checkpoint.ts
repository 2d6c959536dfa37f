import { decodeBase64Strict } from './base64-strict.js';

/** A C2SP tlog-checkpoint body: the log's identity, size and root hash. */
export type Checkpoint = {
  origin: string;
  size: number;
  root: Buffer;
  /** Optional extension lines, opaque to this package (the spec does not recommend them). */
  extensions?: readonly string[];
};

export class CheckpointError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CheckpointError';
  }
}

const DECIMAL = /^(?:0|[1-9][0-9]*)$/;
// eslint-disable-next-line no-control-regex -- rejecting control characters is the point
const CONTROL = /[\u0000-\u001f]/;

/** "origin\nsize\nbase64(root)\n" followed by any extension lines. */
export function formatCheckpoint(c: Checkpoint): string {
  checkLine('origin', c.origin);
  if (!Number.isSafeInteger(c.size) || c.size < 0) throw new CheckpointError(`checkpoint size must be a non-negative safe integer, got ${String(c.size)}`);
  if (!(c.root instanceof Uint8Array) || c.root.length !== 32) throw new CheckpointError('checkpoint root must be 32 bytes');
  const extensions = c.extensions ?? [];
  extensions.forEach((line, i) => checkLine(`extension line ${i + 1}`, line));
  return [c.origin, String(c.size), Buffer.from(c.root).toString('base64'), ...extensions].join('\n') + '\n';
}

/** Parses and strictly validates a checkpoint body (the signed text of the note). */
export function parseCheckpoint(body: string): Checkpoint & { extensions: string[] } {
  if (typeof body !== 'string') throw new CheckpointError('checkpoint body must be a string');
  if (!body.endsWith('\n')) throw new CheckpointError('checkpoint body must end with a newline');
  const lines = body.slice(0, -1).split('\n');
  if (lines.length < 3) throw new CheckpointError(`checkpoint body needs origin, size and root lines, got ${lines.length} line(s)`);
  const [origin, sizeText, rootText, ...extensions] = lines as [string, string, string, ...string[]];
  checkLine('origin', origin);
  if (!DECIMAL.test(sizeText)) throw new CheckpointError(`checkpoint size must be a decimal number without leading zeros, got ${JSON.stringify(sizeText)}`);
  const size = Number(sizeText);
  if (!Number.isSafeInteger(size)) throw new CheckpointError(`checkpoint size ${sizeText} is larger than this implementation supports (2^53 - 1)`);
  const root = decodeBase64Strict(rootText);
  if (root === null) throw new CheckpointError(`checkpoint root is not canonical base64: ${JSON.stringify(rootText)}`);
  if (root.length !== 32) throw new CheckpointError(`checkpoint root must be a 32-byte SHA-256 hash, got ${root.length} bytes`);
  extensions.forEach((line, i) => checkLine(`extension line ${i + 1}`, line));
  return { origin, size, root, extensions };
}

function checkLine(what: string, line: string): void {
  if (typeof line !== 'string' || line === '') throw new CheckpointError(`checkpoint ${what} must be a non-empty string`);
  if (CONTROL.test(line)) throw new CheckpointError(`checkpoint ${what} must not contain newlines or control characters`);
}
