import { sql, type Kysely } from 'kysely';
import { SparseHashReader, type LevelSpan } from '../../ledger/sparse-hash-reader.js';
import type { Database } from '../database-schema.js';

type Reader = Pick<Kysely<Database>, 'selectFrom'>;

/**
 * Proofs and roots from the stored levels (isKeptLevel): every span a proof needs in one
 * statement, the leaves' hashes from beside their entries and the rest from log_nodes.
 */
export class DatabaseHashReader extends SparseHashReader {
  constructor(db: Reader) {
    super((spans) => readSpans(db, spans));
  }
}

async function readSpans(db: Reader, spans: readonly LevelSpan[]): Promise<Buffer[][]> {
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
    // Stops at the first hash not stored, so the reader names it.
    const out: Buffer[] = [];
    for (let i = s.start; i < s.end; i++) {
      const hash = byKey.get(`${s.level}/${i}`);
      if (!hash) break;
      out.push(hash);
    }
    return out;
  });
}
