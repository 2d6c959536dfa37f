import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
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
  for (const field of ['type', 'at', 'actor', 'id'] as const) {
    if (typeof e[field] !== 'string' || e[field] === '') {
      throw new TypeError(`log entry field "${field}" must be a non-empty string`);
    }
  }
  // An absent data member would make two shapes of entry; null says "nothing" explicitly.
  if (e.data === undefined) throw new TypeError('log entry field "data" is required (use null for none)');
  const bytes = Buffer.from(canonicalJson({ type: e.type, at: e.at, actor: e.actor, id: e.id, data: e.data }), 'utf8');
  if (bytes.length > MAX_ENTRY_BYTES) throw new EntryTooLargeError(bytes.length);
  return bytes;
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
  if (!(salt instanceof Uint8Array) || salt.length < MIN_SALT_BYTES) {
    throw new RangeError(`commitment salt must be at least ${MIN_SALT_BYTES} bytes`);
  }
  return createHash('sha256').update(salt).update(canonicalJson(value), 'utf8').digest('hex');
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

/** A fresh 32-byte random salt for commitment(). */
export function newSalt(): Buffer {
  return randomBytes(32);
}
