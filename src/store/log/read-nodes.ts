import type { Kysely } from 'kysely';
import type { NodeId } from '../../ledger/node-id.js';
import type { Database } from '../database-schema.js';

/** Reads stored subtree hashes in one query, in the order asked; a missing node means a damaged log. */
export async function readNodes(db: Pick<Kysely<Database>, 'selectFrom'>, ids: readonly NodeId[]): Promise<Buffer[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('log_nodes')
    .select(['level', 'idx', 'hash'])
    .where((eb) => eb.or(ids.map((id) => eb.and([eb('level', '=', id.level), eb('idx', '=', id.index)]))))
    .execute();
  const byKey = new Map(rows.map((r) => [`${r.level}/${Number(r.idx)}`, Buffer.from(r.hash)]));
  return ids.map((id) => {
    const hash = byKey.get(`${id.level}/${id.index}`);
    if (!hash) throw new Error(`the log is missing the stored hash of subtree level ${id.level} index ${id.index}`);
    return hash;
  });
}
