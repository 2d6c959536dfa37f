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
   * Serialises writers of the log for the rest of the transaction, across every
   * process that shares the database, so that two servers never fork the log.
   */
  lockLog(tx: Transaction<Database>): Promise<void>;
  /**
   * The schema the tables live in, where the database has schemas. The migrator must be
   * told: otherwise it takes a migration table in any other schema of the database for its own.
   */
  readonly schema?: string;
  /**
   * Inserts many rows of one shape into a table inside the transaction, as fast as
   * the database allows (bulk ingest and the log use it). Rows are plain column values.
   */
  insertRows(tx: Transaction<Database>, table: keyof Database & string, rows: readonly Record<string, unknown>[]): Promise<void>;
  /** Updates `columns` of many rows, each found by its `id`. */
  updateRows(tx: Transaction<Database>, table: keyof Database & string, columns: readonly string[], rows: readonly Record<string, unknown>[]): Promise<void>;
}
