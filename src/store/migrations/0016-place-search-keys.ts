import { sql, type Kysely, type Migration } from 'kysely';
import { placeSearchKey } from '../../domain/monitoring/place-search-key.js';

/** Rows per update: two parameters each, well within what both databases bind. */
const CHUNK = 1000;

/**
 * The key places are searched by beside their name's (`placeSearchKey`: the spellings of one
 * Ukrainian or Russian name, and the name in Cyrillic, meet on it), computed here for a gazetteer
 * already loaded, as the loader computes it for a new one.
 */
export const placeSearchKeysMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('places').addColumn('search_key', 'text', (c) => c.notNull().defaultTo('')).execute();
    const { rows } = await sql<{ geonames_id: number; name: string }>`select geonames_id, name from places`.execute(db);
    for (let i = 0; i < rows.length; i += CHUNK) {
      // VALUES names its columns column1, column2 on both databases; the cast types the id on PostgreSQL.
      const values = sql.join(rows.slice(i, i + CHUNK).map((p) => sql`(cast(${p.geonames_id} as integer), ${placeSearchKey(p.name)})`));
      await sql`update places set search_key = v.column2 from (values ${values}) as v where places.geonames_id = v.column1`.execute(db);
    }
    await db.schema.createIndex('places_search_key').on('places').column('search_key').execute();
  },
};
