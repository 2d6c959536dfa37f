import type { Transaction } from 'kysely';
import { encodeLogEntryText, type LogEntry } from '../../ledger/log-entry.js';
import { frontierNodeIds, MerkleFrontier } from '../../ledger/merkle-frontier.js';
import { leafHashOfText } from '../../ledger/merkle-hash.js';
import type { Database } from '../database-schema.js';
import type { DialectCapabilities } from '../dialect/dialect-capabilities.js';
import { readNodes } from './read-nodes.js';

/**
 * Appends entries to the log inside the caller's transaction and returns their
 * indexes. The log lock is held until the transaction ends, so the entries, the
 * new subtree hashes and the change they describe commit or vanish together.
 */
export async function appendLogEntries(
  tx: Transaction<Database>,
  capabilities: DialectCapabilities,
  entries: readonly LogEntry[],
): Promise<number[]> {
  if (entries.length === 0) return [];
  const encoded = entries.map((entry) => encodeLogEntryText(entry));
  await capabilities.lockLog(tx);
  const size = await logSize(tx);
  const frontier = new MerkleFrontier(size, await readNodes(tx, frontierNodeIds(size)));

  const indexes: number[] = [];
  const entryRows: Database['log_entries'][] = [];
  const nodeRows: Database['log_nodes'][] = [];
  encoded.forEach((text, i) => {
    const idx = frontier.size;
    const hash = leafHashOfText(text);
    for (const node of frontier.append(hash)) nodeRows.push({ level: node.level, idx: node.index, hash: node.hash });
    const entry = entries[i]!;
    entryRows.push({ idx, type: entry.type, record_id: entry.id, entry: text, leaf_hash: hash });
    indexes.push(idx);
  });

  await capabilities.insertRows(tx, 'log_entries', entryRows as unknown as Record<string, unknown>[]);
  await capabilities.insertRows(tx, 'log_nodes', nodeRows as unknown as Record<string, unknown>[]);
  return indexes;
}

export async function logSize(db: Pick<Transaction<Database>, 'selectFrom'>): Promise<number> {
  const row = await db.selectFrom('log_entries').select((eb) => eb.fn.max('idx').as('last')).executeTakeFirst();
  const last = row?.last;
  return last === null || last === undefined ? 0 : Number(last) + 1;
}
