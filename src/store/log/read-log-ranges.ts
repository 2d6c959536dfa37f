import { sql, type Kysely } from 'kysely';
import { isKeptLevel, type LevelSpan } from '../../ledger/sparse-hash-reader.js';
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

/** Whether a subtree hash of this level has a row in log_nodes: the kept levels above the leaves, whose hashes live beside their entries. */
export function storedInLogNodes(level: number): boolean {
  return level > 0 && isKeptLevel(level);
}

/**
 * Stored hashes of one kept level (see isKeptLevel), indexes [start, start + count), in order;
 * fewer if fewer are stored.
 */
export async function readLevelHashes(db: Reader, level: number, start: number, count: number): Promise<Buffer[]> {
  const [hashes] = await readHashSpans(db, [{ level, start, end: start + count }]);
  return hashes!;
}

/**
 * The stored hashes of every span, in one statement: the leaves' from beside their entries, the
 * rest from log_nodes. Each span's list stops at the first hash not stored, so a reader can name it.
 */
export async function readHashSpans(db: Reader, spans: readonly LevelSpan[]): Promise<Buffer[][]> {
  if (spans.length === 0) return [];
  const leaves = spans.filter((s) => s.level === 0);
  const nodes = spans.filter((s) => s.level > 0);
  const leafQuery = leaves.length
    ? db
        .selectFrom('log_entries')
        .select([sql<number>`0`.as('level'), 'idx', 'leaf_hash as hash'])
        .where((eb) => eb.or(leaves.map((s) => eb.and([eb('idx', '>=', s.start), eb('idx', '<', s.end)]))))
    : null;
  const nodeQuery = nodes.length
    ? db
        .selectFrom('log_nodes')
        .select(['level', 'idx', 'hash'])
        .where((eb) => eb.or(nodes.map((s) => eb.and([eb('level', '=', s.level), eb('idx', '>=', s.start), eb('idx', '<', s.end)]))))
    : null;
  const query = leafQuery && nodeQuery ? leafQuery.unionAll(nodeQuery) : (leafQuery ?? nodeQuery)!;
  const rows = await query.execute();
  const byKey = new Map(rows.map((r) => [`${Number(r.level)}/${Number(r.idx)}`, Buffer.from(r.hash)]));
  return spans.map((s) => {
    const out: Buffer[] = [];
    for (let i = s.start; i < s.end; i++) {
      const hash = byKey.get(`${s.level}/${i}`);
      if (!hash) break;
      out.push(hash);
    }
    return out;
  });
}
