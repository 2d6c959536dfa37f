import type { Kysely } from 'kysely';
import type { Database } from '../../store/database-schema.js';
import { readEntryBytes } from '../../store/log/read-log-ranges.js';
import { latestCheckpoint } from '../../store/log/checkpoint-queries.js';
import { AuditFailure } from './audit-log.js';
import type { LogSource } from './log-source.js';

/** Reads the log straight from a Truce database, as `truce verify --db` does. */
export function databaseLogSource(db: Kysely<Database>, description: string): LogSource {
  return {
    description,
    checkpointNote: async () => {
      const checkpoint = await latestCheckpoint(db);
      if (!checkpoint) throw new AuditFailure(`${description} holds no signed checkpoint`);
      return checkpoint.note;
    },
    publishedKey: async () => {
      const row = await db.selectFrom('log_meta').select('value').where('key', '=', 'verifier_key').executeTakeFirst();
      if (!row) throw new AuditFailure(`${description} records no verifier key`);
      return row.value;
    },
    readEntries: (start, count) => readEntryBytes(db, start, count),
    readLeafHashes: async (start, count) => {
      const rows = await db.selectFrom('log_entries').select(['idx', 'leaf_hash']).where('idx', '>=', start).where('idx', '<', start + count).orderBy('idx').execute();
      return rows.map((r) => Buffer.from(r.leaf_hash));
    },
  };
}
