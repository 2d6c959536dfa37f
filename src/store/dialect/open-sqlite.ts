import { mkdirSync, statfsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely } from 'kysely';
import type { Database } from '../database-schema.js';
import type { DatabaseHandle } from './database-handle.js';
import { DatabaseOpenError } from './database-open-error.js';
import { SqliteDialectKeepingErrors } from './sqlite-dialect-keeping-errors.js';

/** Opens (and creates on first use) an embedded SQLite database in WAL mode. */
export function openSqlite(path: string, options: { readOnly?: boolean } = {}): DatabaseHandle {
  const inMemory = path === ':memory:';
  const file = inMemory ? path : resolve(path);
  let raw: SQLite.Database;
  try {
    if (options.readOnly) {
      raw = new SQLite(file, { readonly: true, fileMustExist: true });
      // Reading a WAL database needs its shared-memory index beside it; one read here says so at
      // open, not in the middle of an audit, when it cannot be made.
      raw.pragma('schema_version');
    } else {
      if (!inMemory) mkdirSync(dirname(file), { recursive: true });
      raw = new SQLite(file);
      raw.pragma('journal_mode = WAL');
      // NORMAL keeps every committed transaction across a process crash; only power loss can cost the last ones.
      raw.pragma('synchronous = NORMAL');
      raw.pragma('foreign_keys = ON');
      // Without table statistics the planner walks an index row by row where a scan is faster
      // (the map's counts took seconds on 100,000 incidents); this analyses what needs it, cheaply.
      raw.pragma('optimize = 0x10002');
    }
    raw.pragma('busy_timeout = 5000');
  } catch (error) {
    throw new DatabaseOpenError(`cannot open SQLite database ${file}${options.readOnly ? ' to read' : ''}: ${openFailure(error, file, options.readOnly ?? false)}`);
  }
  const db = new Kysely<Database>({ dialect: new SqliteDialectKeepingErrors(raw) });
  const statements = new Map<string, SQLite.Statement>();
  const prepared = (text: string): SQLite.Statement => {
    let statement = statements.get(text);
    if (!statement) {
      statement = raw.prepare(text);
      statements.set(text, statement);
    }
    return statement;
  };
  return {
    db,
    description: `sqlite:${file}`,
    capabilities: {
      name: 'sqlite',
      binaryType: 'blob',
      // One connection, and Kysely runs its transactions one at a time: writers are already serial.
      lockLog: async () => {},
      // Prepared statements on the transaction's own connection: far faster than
      // compiling one large multi-row statement per chunk.
      insertRows: async (_tx, table, rows) => {
        if (rows.length === 0) return;
        const columns = Object.keys(rows[0]!);
        const statement = prepared(`insert into "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) values (${columns.map(() => '?').join(', ')})`);
        // run() binds synchronously: one array refilled per row spares an allocation per row.
        const values: unknown[] = new Array(columns.length);
        for (const row of rows) {
          for (let i = 0; i < columns.length; i++) values[i] = row[columns[i]!];
          statement.run(values);
        }
      },
      updateRows: async (_tx, table, columns, rows) => {
        const statement = prepared(`update "${table}" set ${columns.map((c) => `"${c}" = ?`).join(', ')} where "id" = ?`);
        for (const row of rows) statement.run([...columns.map((c) => row[c]), row.id]);
      },
    },
    close: async () => {
      try {
        // Statistics gathered from this connection's queries, kept for the next start.
        if (!options.readOnly && raw.open) raw.pragma('optimize');
      } finally {
        // Closed even when the statistics cannot be written (a full disk).
        await db.destroy();
      }
    },
  };
}

function openFailure(error: unknown, file: string, readOnly: boolean): string {
  const { code, message } = error as { code?: unknown; message: string };
  if (typeof code !== 'string' || !code.startsWith('SQLITE_IOERR_SHM')) return message;
  const index = `SQLite cannot make the shared-memory index it reads the database through (${code})`;
  if (statfsSync(dirname(file)).bavail > 0) return `${index}: ${message}`;
  return `${index}: the disk is full; free some space${readOnly ? ', or read it while a server has it open' : ''}`;
}
