import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../database-schema.js';

type Db = Kysely<Database> | Transaction<Database>;

/** Incidents still open to new reports, whose anchor lies in one of `cells` and whose time span meets [from, to]: an index look-up on (h3_cell, last_observed_at). */
export async function findClusterCandidates(db: Db, cells: readonly string[], from: string, to: string): Promise<Database['incidents'][]> {
  const out: Database['incidents'][] = [];
  for (let i = 0; i < cells.length; i += 5000) {
    const rows = await db
      .selectFrom('incidents')
      .selectAll()
      .where('h3_cell', 'in', cells.slice(i, i + 5000))
      .where('last_observed_at', '>=', from)
      .where('first_observed_at', '<=', to)
      .where('status', 'in', ['reported', 'under_review'])
      .where('merged_into', 'is', null)
      .execute();
    out.push(...rows);
  }
  return out;
}

/** The accounts that submitted a report in the incident: they may not approve a decision on it. */
export async function incidentSubmitters(db: Db, incidentId: string): Promise<Set<string>> {
  const rows = await db.selectFrom('reports').select('submitted_by').distinct().where('incident_id', '=', incidentId).execute();
  return new Set(rows.map((r) => r.submitted_by));
}

export async function findIncidentRow(db: Db, id: string): Promise<Database['incidents'] | undefined> {
  return db.selectFrom('incidents').selectAll().where('id', '=', id).executeTakeFirst();
}
