import type { Kysely, Migration } from 'kysely';

/** The gazetteer table; its rows are loaded by `truce gazetteer load` (and at serve and demo when empty). */
export const gazetteerMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('places')
      .addColumn('geonames_id', 'integer', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('name_key', 'text', (c) => c.notNull())
      .addColumn('country', 'text', (c) => c.notNull())
      .addColumn('admin_code', 'text', (c) => c.notNull())
      .addColumn('latitude', 'double precision', (c) => c.notNull())
      .addColumn('longitude', 'double precision', (c) => c.notNull())
      .addColumn('population', 'integer', (c) => c.notNull())
      .addColumn('h3_cell', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('places_name_key').on('places').column('name_key').execute();
    await db.schema.createIndex('places_h3_cell').on('places').column('h3_cell').execute();
  },
};
