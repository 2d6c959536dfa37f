import { sql, type Kysely, type Migration } from 'kysely';

/**
 * The log keeps the subtree hashes of every fourth level only (see isKeptLevel): leaf hashes
 * beside their entries, the rest in log_nodes. The other levels, and the second copy of every
 * leaf hash, are folded again on demand, so their rows go.
 */
export const sparseSubtreeHashesMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await sql`delete from log_nodes where level = 0 or level % 4 <> 0`.execute(db);
  },
};
