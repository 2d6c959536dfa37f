import type { Transaction } from 'kysely';
import { parseCheckpoint } from '../../ledger/checkpoint.js';
import { treeRoot } from '../../ledger/merkle-proofs.js';
import { parseNote } from '../../ledger/signed-note.js';
import type { Database } from '../../store/database-schema.js';
import { logSize } from '../../store/log/append-log-entries.js';
import { latestCheckpoint } from '../../store/log/checkpoint-queries.js';
import { DatabaseHashReader } from '../../store/log/database-hash-reader.js';

/**
 * The log's size and root as this transaction sees them: what figures read in it were
 * computed from. The signer issues a checkpoint for this very tree within a second of
 * the write, so a reader can check the figures against a signed checkpoint of the same size.
 */
export async function treeHead(tx: Transaction<Database>): Promise<{ origin: string; size: number; root: string } | null> {
  const signed = await latestCheckpoint(tx);
  if (!signed) return null;
  const origin = parseCheckpoint(parseNote(signed.note).text).origin;
  const size = await logSize(tx);
  const root = size === signed.size ? signed.root : await treeRoot(size, new DatabaseHashReader(tx));
  return { origin, size, root: Buffer.from(root).toString('base64') };
}
