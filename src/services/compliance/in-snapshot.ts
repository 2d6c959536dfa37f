import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../store/database-schema.js';

/**
 * Runs reads in one snapshot (repeatable read; SQLite's transactions always are one), or
 * in the caller's transaction when it already has one, so figures and the tree head agree.
 */
export function inSnapshot<T>(db: Kysely<Database> | Transaction<Database>, read: (tx: Transaction<Database>) => Promise<T>): Promise<T> {
  return db.isTransaction ? read(db as Transaction<Database>) : db.transaction().setIsolationLevel('repeatable read').execute(read);
}
