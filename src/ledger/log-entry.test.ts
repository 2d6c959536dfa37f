import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json.js';
import {
  EntryTooLargeError,
  MAX_ENTRY_BYTES,
  commitment,
  decodeLogEntry,
  encodeLogEntry,
  encodeLogEntryText,
  newSalt,
  verifyCommitment,
} from './log-entry.js';
import type { LogEntry } from './log-entry.js';
import { leafHash, leafHashOfText } from './merkle-hash.js';

const entry: LogEntry = {
  type: 'report.created',
  at: '2025-03-13T10:00:00Z',
  actor: 'user:monitor-7',
  id: 'rep_01',
  data: { kind: 'shelling', location: { lat: 51.1976, lon: 35.2726 }, casualties: { civilian_killed: 0 } },
};

describe('encodeLogEntry', () => {
  it('is the UTF-8 canonical JSON of exactly {type, at, actor, id, data}', () => {
    const extra = { ...entry, secret: 'not logged' } as LogEntry;
    const bytes = encodeLogEntry(extra);
    expect(bytes.toString('utf8')).toBe(
      '{"actor":"user:monitor-7","at":"2025-03-13T10:00:00Z","data":{"casualties":{"civilian_killed":0},' +
        '"kind":"shelling","location":{"lat":51.1976,"lon":35.2726}},"id":"rep_01","type":"report.created"}',
    );
    expect(decodeLogEntry(bytes)).toEqual(entry);
  });

  it('requires the string fields and data', () => {
    expect(() => encodeLogEntry({ ...entry, actor: '' })).toThrow(/"actor" must be a non-empty string/);
    expect(() => encodeLogEntry({ ...entry, at: 5 } as unknown as LogEntry)).toThrow(/"at"/);
    expect(() => encodeLogEntry({ ...entry, data: undefined })).toThrow(/"data" is required/);
    expect(encodeLogEntry({ ...entry, data: null }).toString()).toContain('"data":null');
  });

  it('accepts exactly MAX_ENTRY_BYTES and rejects one byte more with the size in the message', () => {
    const base = encodeLogEntry({ ...entry, data: '' }).length;
    const fits = encodeLogEntry({ ...entry, data: 'x'.repeat(MAX_ENTRY_BYTES - base) });
    expect(fits.length).toBe(MAX_ENTRY_BYTES);
    let error: unknown;
    try {
      encodeLogEntry({ ...entry, data: 'x'.repeat(MAX_ENTRY_BYTES - base + 1) });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(EntryTooLargeError);
    expect((error as EntryTooLargeError).size).toBe(MAX_ENTRY_BYTES + 1);
    expect((error as Error).message).toBe('log entry is 65536 bytes, over the limit of 65535 bytes');
  });

  it('counts UTF-8 bytes, not characters', () => {
    const base = encodeLogEntry({ ...entry, data: '' }).length;
    const n = Math.floor((MAX_ENTRY_BYTES - base) / 3) + 1;
    expect(() => encodeLogEntry({ ...entry, data: '€'.repeat(n) })).toThrow(EntryTooLargeError);
  });
});

describe('encodeLogEntryText', () => {
  it('is the string whose UTF-8 bytes encodeLogEntry returns, with the same leaf hash', () => {
    for (const data of [entry.data, null, 'é€😀', { witness: 'Олена', n: -0 }]) {
      const text = encodeLogEntryText({ ...entry, data });
      expect(Buffer.from(text, 'utf8').equals(encodeLogEntry({ ...entry, data }))).toBe(true);
      expect(leafHashOfText(text).equals(leafHash(Buffer.from(text, 'utf8')))).toBe(true);
    }
  });

  it('applies the byte limit in UTF-8 bytes, as encodeLogEntry does', () => {
    const base = encodeLogEntry({ ...entry, data: '' }).length;
    expect(encodeLogEntryText({ ...entry, data: 'x'.repeat(MAX_ENTRY_BYTES - base) })).toHaveLength(MAX_ENTRY_BYTES);
    const n = Math.floor((MAX_ENTRY_BYTES - base) / 3) + 1;
    expect(() => encodeLogEntryText({ ...entry, data: '€'.repeat(n) })).toThrow(EntryTooLargeError);
    expect(() => encodeLogEntryText({ ...entry, id: '' })).toThrow(/"id" must be a non-empty string/);
  });
});

describe('decodeLogEntry', () => {
  it('rejects non-canonical, incomplete or non-JSON bytes', () => {
    const canonical = encodeLogEntry(entry).toString();
    expect(() => decodeLogEntry(Buffer.from(canonical.replace('{"actor"', '{ "actor"')))).toThrow(/canonical/);
    expect(() => decodeLogEntry(Buffer.from('{"type":"a","at":"b","actor":"c","id":"d"}'))).toThrow(/members/);
    expect(() => decodeLogEntry(Buffer.from([0xff]))).toThrow(/UTF-8 JSON/);
    expect(() => decodeLogEntry(Buffer.from('[1]'))).toThrow(/not a JSON object/);
  });
});

describe('commitment', () => {
  it('is hex SHA-256(salt ‖ canonicalJson(value))', () => {
    const salt = Buffer.alloc(32, 7);
    const value = { witness: 'name withheld', b: [1, 2] };
    const expected = createHash('sha256').update(Buffer.concat([salt, Buffer.from(canonicalJson(value))])).digest('hex');
    expect(commitment(value, salt)).toBe(expected);
    expect(commitment({ b: [1, 2], witness: 'name withheld' }, salt)).toBe(expected);
    expect(verifyCommitment(value, salt, expected)).toBe(true);
    expect(verifyCommitment(value, salt, expected.toUpperCase())).toBe(true);
    expect(verifyCommitment({ ...value, b: [2, 1] }, salt, expected)).toBe(false);
    expect(verifyCommitment(value, Buffer.alloc(32, 8), expected)).toBe(false);
    expect(verifyCommitment(value, salt, 'zz')).toBe(false);
  });

  it('uses fresh 128-bit salts and refuses short ones', () => {
    const a = newSalt();
    expect(a.length).toBe(16);
    expect(a.equals(newSalt())).toBe(false);
    expect(() => commitment('x', Buffer.alloc(15))).toThrow(/at least 16 bytes/);
  });
});
