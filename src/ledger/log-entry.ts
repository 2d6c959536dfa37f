import { hash, randomBytes, timingSafeEqual } from 'node:crypto';
import { canonicalJson } from './canonical-json.js';

/** One log entry: the record of one state change. */
export type LogEntry = { type: string; at: string; actor: string; id: string; data: unknown };

/** tlog-tiles entry bundles prefix each entry with a big-endian uint16 length. */
export const MAX_ENTRY_BYTES = 65535;

/** Smallest salt accepted by commitment(): shorter salts make withheld values guessable. */
export const MIN_SALT_BYTES = 16;

export class EntryTooLargeError extends Error {
  constructor(
    readonly size: number,
    readonly limit: number = MAX_ENTRY_BYTES,
  ) {
    super(`log entry is ${size} bytes, over the limit of ${limit} bytes`);
    this.name = 'EntryTooLargeError';
  }
}

/** The entry's bytes in the log: UTF-8 RFC 8785 canonical JSON of exactly {type, at, actor, id, data}. */
export function encodeLogEntry(e: LogEntry): Buffer {
  return Buffer.from(encodeLogEntryText(e), 'utf8');
}

/**
 * The entry as the string whose UTF-8 bytes encodeLogEntry returns, checked against the
 * same limit: the store keeps entries as text, so the bulk path never converts them twice.
 */
export function encodeLogEntryText(e: LogEntry): string {
  for (const field of ['type', 'at', 'actor', 'id'] as const) {
    if (typeof e[field] !== 'string' || e[field] === '') {
      throw new TypeError(`log entry field "${field}" must be a non-empty string`);
    }
  }
  // An absent data member would make two shapes of entry; null says "nothing" explicitly.
  if (e.data === undefined) throw new TypeError('log entry field "data" is required (use null for none)');
  // Members in canonical order, so that canonicalJson takes its fast path.
  const text = canonicalJson({ actor: e.actor, at: e.at, data: e.data, id: e.id, type: e.type });
  const size = Buffer.byteLength(text, 'utf8');
  if (size > MAX_ENTRY_BYTES) throw new EntryTooLargeError(size);
  return text;
}

/**
 * Parses entry bytes read back from the log. Rejects bytes that are not exactly what
 * encodeLogEntry would produce, so one logical entry has one encoding only.
 */
export function decodeLogEntry(bytes: Uint8Array): LogEntry {
  if (bytes.length > MAX_ENTRY_BYTES) throw new EntryTooLargeError(bytes.length);
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (err) {
    throw new SyntaxError(`log entry is not UTF-8 JSON: ${(err as Error).message}`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new SyntaxError('log entry is not a JSON object');
  }
  const keys = Object.keys(parsed).sort().join(',');
  if (keys !== 'actor,at,data,id,type') throw new SyntaxError(`log entry has members [${keys}], expected actor,at,data,id,type`);
  const entry = parsed as LogEntry;
  if (!Buffer.from(bytes).equals(encodeLogEntry(entry))) throw new SyntaxError('log entry is not in canonical form');
  return entry;
}

/** Hex SHA-256(salt ‖ canonicalJson(value)): binds withheld content without revealing it. */
export function commitment(value: unknown, salt: Uint8Array): string {
  return commitmentOfText(canonicalJson(value), salt);
}

/** commitment() of a value already in canonical JSON, for callers that keep the text too. */
export function commitmentOfText(canonicalText: string, salt: Uint8Array): string {
  if (!(salt instanceof Uint8Array) || salt.length < MIN_SALT_BYTES) {
    throw new RangeError(`commitment salt must be at least ${MIN_SALT_BYTES} bytes`);
  }
  // One-shot hashing over one buffer costs about half of a Hash object.
  return hash('sha256', Buffer.concat([salt, Buffer.from(canonicalText, 'utf8')]), 'hex');
}

/** Checks a disclosed value and salt against a commitment from the log. */
export function verifyCommitment(value: unknown, salt: Uint8Array, expectedHex: string): boolean {
  const expected = Buffer.from(expectedHex, 'hex');
  if (expected.length !== 32 || expected.toString('hex') !== expectedHex.toLowerCase()) return false;
  try {
    return timingSafeEqual(Buffer.from(commitment(value, salt), 'hex'), expected);
  } catch {
    return false;
  }
}

/** A fresh 128-bit random salt for commitment(). */
export function newSalt(): Buffer {
  return randomBytes(MIN_SALT_BYTES);
}
