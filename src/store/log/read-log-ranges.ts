import type { Kysely } from 'kysely';
import type { Database } from '../database-schema.js';

type Reader = Pick<Kysely<Database>, 'selectFrom'>;

/** Entries [start, start + count) as stored bytes, in order; fewer if the log is shorter. */
export async function readEntryBytes(db: Reader, start: number, count: number): Promise<Buffer[]> {
  const rows = await db
    .selectFrom('log_entries')
    .select(['idx', 'entry'])
    .where('idx', '>=', start)
    .where('idx', '<', start + count)
    .orderBy('idx')
    .execute();
  return rows.map((r) => Buffer.from(r.entry, 'utf8'));
}

/**
 * Stored hashes of one kept level (see isKeptLevel), indexes [start, start + count), in order;
 * fewer if fewer are stored. The leaves' hashes live beside their entries, the higher
 * levels' in log_nodes.
 */
export async function readLevelHashes(db: Reader, level: number, start: number, count: number): Promise<Buffer[]> {
  if (level === 0) {
    const rows = await db.selectFrom('log_entries').select(['idx', 'leaf_hash']).where('idx', '>=', start).where('idx', '<', start + count).orderBy('idx').execute();
    return rows.map((r) => Buffer.from(r.leaf_hash));
  }
  const rows = await db
    .selectFrom('log_nodes')
    .select(['idx', 'hash'])
    .where('level', '=', level)
    .where('idx', '>=', start)
    .where('idx', '<', start + count)
    .orderBy('idx')
    .execute();
  return rows.map((r) => Buffer.from(r.hash));
}
