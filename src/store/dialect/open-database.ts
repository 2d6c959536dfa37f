import type { DatabaseHandle } from './database-handle.js';
import { DatabaseOpenError } from './database-open-error.js';
import { openPostgres, type PostgresOptions } from './open-postgres.js';
import { openSqlite } from './open-sqlite.js';

/** Opens `sqlite:PATH` (or `sqlite::memory:`) or `postgres://…` / `postgresql://…`; read-only for auditors. */
export async function openDatabase(url: string, options: PostgresOptions = {}): Promise<DatabaseHandle> {
  if (url.startsWith('sqlite:')) {
    const path = url.slice('sqlite:'.length).replace(/^\/\/(?=\/)/, '');
    if (path === '') throw new DatabaseOpenError('the SQLite URL names no file: use sqlite:./truce-data/truce.db');
    return openSqlite(path, { readOnly: options.readOnly ?? false });
  }
  if (url.startsWith('postgres://') || url.startsWith('postgresql://')) {
    return openPostgres(url, options);
  }
  throw new DatabaseOpenError(`unsupported database URL "${url}": use sqlite:PATH or postgres://USER@HOST/DB`);
}
