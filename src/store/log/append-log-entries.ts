import type { Transaction } from 'kysely';
import { encodeLogEntryText, type LogEntry } from '../../ledger/log-entry.js';
import { frontierNodeIds, MerkleFrontier } from '../../ledger/merkle-frontier.js';
import { leafHashOfText } from '../../ledger/merkle-hash.js';
import type { Database } from '../database-schema.js';
import type { DialectCapabilities } from '../dialect/dialect-capabilities.js';
import { DatabaseHashReader } from './database-hash-reader.js';
import { storedInLogNodes } from './read-log-ranges.js';

/**
 * Entries go to the database this many at a time, so that a large batch's rows and
 * hashes are short-lived garbage rather than a heap of survivors for the collector to copy.
 */
const CHUNK = 2000;

/**
 * Appends entries to the log inside the caller's transaction and returns their
 * indexes. The log lock is held until the transaction ends, so the entries, the
 * new subtree hashes and the change they describe commit or vanish together.
 */
export function appendLogEntries(tx: Transaction<Database>, capabilities: DialectCapabilities, entries: readonly LogEntry[]): Promise<number[]> {
  return appendLogEntriesOf(tx, capabilities, entries.length, (i) => entries[i]!);
}

/**
 * appendLogEntries for `count` entries made one at a time by `entryAt`, so that each
 * entry's data can be dropped as soon as it is encoded. Every entry is encoded (and
 * checked against the size limit) before anything is written.
 */
export async function appendLogEntriesOf(
  tx: Transaction<Database>,
  capabilities: DialectCapabilities,
  count: number,
  entryAt: (i: number) => LogEntry,
): Promise<number[]> {
  if (count === 0) return [];
  const texts: string[] = [];
  const types: string[] = [];
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const entry = entryAt(i);
    texts.push(encodeLogEntryText(entry));
    types.push(entry.type);
    ids.push(entry.id);
  }
  await capabilities.lockLog(tx);
  const size = await logSize(tx);
  const frontier = new MerkleFrontier(size, await new DatabaseHashReader(tx).readHashes(frontierNodeIds(size)));

  const indexes: number[] = [];
  for (let start = 0; start < count; start += CHUNK) {
    const entryRows: Database['log_entries'][] = [];
    const nodeRows: Database['log_nodes'][] = [];
    for (let i = start; i < Math.min(count, start + CHUNK); i++) {
      const idx = frontier.size;
      const hash = leafHashOfText(texts[i]!);
      for (const node of frontier.append(hash)) if (storedInLogNodes(node.level)) nodeRows.push({ level: node.level, idx: node.index, hash: node.hash });
      entryRows.push({ idx, type: types[i]!, record_id: ids[i]!, entry: texts[i]!, leaf_hash: hash });
      indexes.push(idx);
    }
    await capabilities.insertRows(tx, 'log_entries', entryRows as unknown as Record<string, unknown>[]);
    await capabilities.insertRows(tx, 'log_nodes', nodeRows as unknown as Record<string, unknown>[]);
  }
  return indexes;
}

export async function logSize(db: Pick<Transaction<Database>, 'selectFrom'>): Promise<number> {
  const row = await db.selectFrom('log_entries').select((eb) => eb.fn.max('idx').as('last')).executeTakeFirst();
  const last = row?.last;
  return last === null || last === undefined ? 0 : Number(last) + 1;
}
