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

/** Stored hashes of one tree level, indexes [start, start + count), in order. */
export async function readLevelHashes(db: Reader, level: number, start: number, count: number): Promise<Buffer[]> {
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
