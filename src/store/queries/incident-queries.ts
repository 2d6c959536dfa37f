import { selectInChunks } from '../dialect/select-in-chunks.js';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../database-schema.js';

type Db = Kysely<Database> | Transaction<Database>;

const CANDIDATE_COLUMNS = ['id', 'family', 'status', 'merged_into', 'exact_latitude', 'exact_longitude', 'first_observed_at', 'last_observed_at', 'h3_cell'] as const;
export type CandidateRow = Pick<Database['incidents'], (typeof CANDIDATE_COLUMNS)[number]>;

/**
 * Incidents still open to new reports whose time span meets [from, to]: those
 * anchored in `cells` through the (h3_cell, last_observed_at) index, or with
 * `cells` null every one in the window through the (last_observed_at) index.
 * Never a scan of the table.
 */
export async function findClusterCandidates(db: Db, cells: readonly string[] | null, from: string, to: string): Promise<CandidateRow[]> {
  // Only the indexed conditions go to the database, so that no planner prefers a wider index; the rest is checked here.
  const keep = (row: CandidateRow) => row.first_observed_at <= to && row.merged_into === null && (row.status === 'reported' || row.status === 'under_review');
  const base = () => db.selectFrom('incidents').select(CANDIDATE_COLUMNS).where('last_observed_at', '>=', from);
  if (cells === null) return (await base().execute()).filter(keep);
  return (await selectInChunks(cells, (chunk) => base().where('h3_cell', 'in', chunk).execute())).filter(keep);
}

export async function findIncidentRows(db: Db, ids: readonly string[]): Promise<Database['incidents'][]> {
  return selectInChunks(ids, (chunk) => db.selectFrom('incidents').selectAll().where('id', 'in', chunk).execute());
}

/** The accounts that submitted a report in the incident: they may not approve a decision on it. */
export async function incidentSubmitters(db: Db, incidentId: string): Promise<Set<string>> {
  const rows = await db.selectFrom('reports').select('submitted_by').distinct().where('incident_id', '=', incidentId).execute();
  // Whoever recorded the assessment behind a territorial change stands where a report's submitter does.
  const assessors = await db.selectFrom('territorial_changes').select('recorded_by').where('incident_id', '=', incidentId).execute();
  // And whoever reported into it before a split or a merge moved their report away.
  const former = await db.selectFrom('incident_former_reporters').select('actor_id').where('incident_id', '=', incidentId).execute();
  return new Set([...rows.map((r) => r.submitted_by), ...assessors.map((a) => a.recorded_by), ...former.map((f) => f.actor_id)]);
}

export async function findIncidentRow(db: Db, id: string): Promise<Database['incidents'] | undefined> {
  return db.selectFrom('incidents').selectAll().where('id', '=', id).executeTakeFirst();
}
