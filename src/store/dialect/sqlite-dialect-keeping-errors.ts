import type SQLite from 'better-sqlite3';
import { SqliteDialect, SqliteDriver, type DatabaseConnection, type Driver } from 'kysely';

/**
 * SQLite rolls a transaction back by itself on some failures, a full disk among them. Kysely's
 * rollback after that fails ("cannot rollback - no transaction is active") and its error replaces
 * the one that caused it, so a full disk would read as an internal error. This driver rolls back
 * only what is still open.
 */
class SqliteDriverKeepingErrors extends SqliteDriver {
  constructor(private readonly raw: SQLite.Database) {
    super({ database: raw });
  }

  override async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    if (this.raw.inTransaction) await super.rollbackTransaction(connection);
  }
}

/** Kysely's SQLite dialect, whose failed transactions report the error that failed them. */
export class SqliteDialectKeepingErrors extends SqliteDialect {
  constructor(private readonly raw: SQLite.Database) {
    super({ database: raw });
  }

  override createDriver(): Driver {
    return new SqliteDriverKeepingErrors(this.raw);
  }
}
