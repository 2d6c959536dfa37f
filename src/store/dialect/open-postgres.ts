import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import type { Database } from '../database-schema.js';
import type { DatabaseHandle } from './database-handle.js';
import { DatabaseOpenError } from './database-open-error.js';
import { postgresBulkWrites } from './postgres-bulk-writes.js';

/** Arbitrary but fixed: every Truce process on one database contends for this key. */
const LOG_LOCK_KEY = 0x7472_7563;

// int8 (counts, log indexes) as numbers: they stay far below 2^53.
pg.types.setTypeParser(20, (value) => Number(value));

export interface PostgresOptions {
  /** Confine every connection to one schema (tests use a fresh schema per run). */
  schema?: string;
  /** Refuse writes: sessions default to read-only transactions. */
  readOnly?: boolean;
}

export async function openPostgres(url: string, options: PostgresOptions = {}): Promise<DatabaseHandle> {
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    options: [options.schema ? `-c search_path=${options.schema}` : '', options.readOnly ? '-c default_transaction_read_only=on' : ''].join(' ').trim() || undefined,
  });
  // A pool emits errors for idle clients that the server drops; without a listener they crash the process.
  pool.on('error', () => {});
  let schema: string;
  try {
    const client = await pool.connect();
    if (options.schema && !options.readOnly) await client.query(`create schema if not exists "${options.schema.replaceAll('"', '""')}"`);
    // The schema this connection writes to, whether set here or by the URL's search_path.
    schema = (await client.query<{ schema: string | null }>('select current_schema() as schema')).rows[0]?.schema ?? 'public';
    client.release();
  } catch (error) {
    await pool.end().catch(() => {});
    throw new DatabaseOpenError(`cannot open PostgreSQL database ${redact(url)}: ${(error as Error).message}`);
  }
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  const bulk = postgresBulkWrites();
  return {
    db,
    description: redact(url),
    capabilities: {
      name: 'postgres',
      binaryType: 'bytea',
      schema,
      lockLog: async (tx) => {
        await sql`select pg_advisory_xact_lock(${LOG_LOCK_KEY})`.execute(tx);
      },
      insertRows: bulk.insertRows,
      updateRows: bulk.updateRows,
    },
    close: () => db.destroy(),
  };
}

function redact(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'postgres://…';
  }
}
