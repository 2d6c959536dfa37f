import { sql, type Kysely, type Migration } from 'kysely';

/**
 * The log keeps the hashes of the tile levels only (0, 8, 16, …; see isTileLevel): leaf
 * hashes beside their entries, higher ones in log_nodes. The hashes of the other levels,
 * and the copy of every leaf hash, are computed again on demand, so they go.
 */
export const tileLevelHashesMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await sql`delete from log_nodes where level = 0 or level % 8 <> 0`.execute(db);
  },
};
