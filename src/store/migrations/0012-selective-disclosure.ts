import type { Kysely, Migration } from 'kysely';

/**
 * Entries that seal every group the public may not read, each with a fresh salt kept in
 * `log_openings`, replace one salt per row with every other column in clear. A log holding
 * entries of the earlier format is refused before this runs (check-log-format.ts), so the
 * tables it changes hold no records.
 */
export const selectiveDisclosureMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('log_openings')
      .addColumn('idx', 'bigint', (c) => c.primaryKey())
      .addColumn('actor', 'text', (c) => c.notNull())
      .addColumn('salts', 'text', (c) => c.notNull())
      .addColumn('sealed', 'text', (c) => c.notNull())
      .execute();
    for (const table of ['users', 'api_tokens', 'incidents', 'reports']) {
      await db.schema.alterTable(table).dropColumn('withheld_salt').execute();
    }
    // The salts that open a record's latest entry, beside its values, so that no answer needs a second read to give them.
    for (const table of ['users', 'api_tokens', 'incidents', 'reports', 'evidence', 'decisions', 'disputes']) {
      await db.schema.alterTable(table).addColumn('salts', 'text', (c) => c.notNull().defaultTo('{}')).execute();
    }
    await db.schema
      .alterTable('decisions')
      .addColumn('proposed_by_pseudonym', 'text', (c) => c.notNull().defaultTo(''))
      .execute();
  },
};
