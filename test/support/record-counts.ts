import type { Truce } from '../../src/create-truce.js';

const RECORD_TABLES = ['parties', 'agreements', 'terms', 'positions', 'agreement_transitions', 'control_claims', 'log_entries'] as const;
const ACCOUNT_TABLES = ['users', 'api_tokens', 'sessions'] as const;
const TABLES = [...RECORD_TABLES, ...ACCOUNT_TABLES];

/** Row counts of every record table and the log, to prove a refused request left nothing behind. */
export async function recordCounts(truce: Truce): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of TABLES) {
    const row = await truce.database.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    counts[table] = Number(row.n);
  }
  return counts;
}
