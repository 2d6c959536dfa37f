import { createHash } from 'node:crypto';
import { expect } from 'vitest';
import { checkDisclosedRecord, type EntryLike } from '../../src/domain/policy/check-disclosure.js';
import { decodeLogEntry } from '../../src/ledger/log-entry.js';
import type { TestTruce } from './start-test-truce.js';

/** SHA-256 from node:crypto, in the form the disclosure checker takes. */
export const sha256Node = async (bytes: Uint8Array) => new Uint8Array(createHash('sha256').update(bytes).digest());

/** Reads entries as a reader would check them: by index, from the log itself. */
export function logEntries(t: TestTruce): (index: number) => Promise<EntryLike | undefined> {
  return async (index) => {
    const found = await t.truce.log.entry(index);
    return found ? decodeLogEntry(found.bytes) : undefined;
  };
}

/** Asserts that every field of an answer (a record, or records nested in it) stands in clear in its entry or opens a commitment there. */
export async function expectDisclosed(t: TestTruce, answer: unknown): Promise<void> {
  const records = Array.isArray(answer) ? answer : [answer];
  for (const record of records) expect(await checkDisclosedRecord(record, logEntries(t), sha256Node)).toEqual([]);
}
