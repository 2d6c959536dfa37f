import { sql, type Kysely } from 'kysely';
import type { Database } from '../database-schema.js';
import { DatabaseOpenError } from '../dialect/database-open-error.js';

/** The migration after which every entry seals what the public may not read. */
const SEALED_ENTRIES_MIGRATION = '0012-selective-disclosure';

/** The database holds a log in an earlier entry format, which Truce neither reads nor rewrites. */
export class LogFormatError extends DatabaseOpenError {
  constructor() {
    super(
      'this database holds a log in an earlier entry format, which left casework in clear; a log is never rewritten, so start a new log: give truce a new database (--db) and data directory (--data-dir)',
    );
    this.name = 'LogFormatError';
  }
}

/**
 * Refuses, before any migration runs, a database whose log already holds entries written
 * before entries sealed their withheld groups. A new database, or one whose log is empty,
 * passes and gets the current format.
 */
export async function checkLogFormat(db: Kysely<Database>): Promise<void> {
  let migrated: string[];
  try {
    // The migrator's own table: absent from a new database.
    const rows = await sql<{ name: string }>`select name from truce_migrations`.execute(db);
    migrated = rows.rows.map((r) => r.name);
  } catch {
    return;
  }
  if (migrated.includes(SEALED_ENTRIES_MIGRATION)) return;
  const entry = await db.selectFrom('log_entries').select('idx').limit(1).executeTakeFirst();
  if (entry) throw new LogFormatError();
}
