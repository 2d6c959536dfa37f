import type { Transaction } from 'kysely';
import type { Database } from '../database-schema.js';

/**
 * What differs between the databases, expressed as capabilities rather than
 * `if (sqlite)` checks. Everything outside `store/dialect` reads these.
 */
export interface DialectCapabilities {
  /** For display and diagnostics only; code must not branch on it. */
  readonly name: 'sqlite' | 'postgres';
  /** Column type for raw bytes (hashes). */
  readonly binaryType: 'blob' | 'bytea';
  /**
   * The schema that holds the migration tables when the database is confined to one.
   * Kysely looks for its migration tables in every schema it can see, so without this
   * a table of that name in any other schema makes it skip creating its own.
   */
  readonly migrationSchema?: string;
  /**
   * Serialises writers of the log for the rest of the transaction, across every
   * process that shares the database, so that two servers never fork the log.
   */
  lockLog(tx: Transaction<Database>): Promise<void>;
  /**
   * Inserts many rows of one shape into a table inside the transaction, as fast as
   * the database allows (bulk ingest and the log use it). Rows are plain column values.
   */
  insertRows(tx: Transaction<Database>, table: keyof Database & string, rows: readonly Record<string, unknown>[]): Promise<void>;
  /** Updates `columns` of many rows, each found by its `id`. */
  updateRows(tx: Transaction<Database>, table: keyof Database & string, columns: readonly string[], rows: readonly Record<string, unknown>[]): Promise<void>;
}
