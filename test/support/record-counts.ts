import type { Truce } from '../../src/create-truce.js';
import { RECORD_KINDS } from '../../src/store/record-kinds.js';

// Every table of records the log covers, the log itself, and sessions: a new record kind is counted without a change here.
const TABLES = [...new Set(Object.values(RECORD_KINDS).map((kind) => kind.table)), 'log_entries', 'sessions'] as const;

/** Row counts of every record table and the log, to prove a refused request left nothing behind. */
export async function recordCounts(truce: Truce): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of TABLES) {
    const row = await truce.database.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    counts[table] = Number(row.n);
  }
  return counts;
}
