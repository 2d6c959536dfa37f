import type { TestTruce } from './start-test-truce.js';

/**
 * The events of a record's entries, oldest first, as the mission reads them: in clear for public
 * kinds (`party.created`), from the sealed change group for casework (`report.submitted`).
 */
export async function loggedEvents(t: TestTruce, recordId: string): Promise<string[]> {
  const rows = await t.truce.database.db
    .selectFrom('log_entries')
    .leftJoin('log_openings', 'log_openings.idx', 'log_entries.idx')
    .select(['log_entries.type', 'log_openings.sealed'])
    .where('log_entries.record_id', '=', recordId)
    .orderBy('log_entries.idx')
    .execute();
  return rows.map((r) => {
    const kind = r.type.slice(0, r.type.indexOf('.'));
    const change = r.sealed ? (JSON.parse(r.sealed) as { change?: { event: string } }).change : undefined;
    return change ? `${kind}.${change.event}` : r.type;
  });
}
