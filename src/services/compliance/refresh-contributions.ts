import { sql, type Transaction } from 'kysely';
import { contributionDelta, incidentContribution, VIOLATION_STATUSES, type Contribution } from '../../domain/compliance/incident-contribution.js';
import type { Database } from '../../store/database-schema.js';
import { incidentRegions, nameRegions } from './incident-regions.js';

const CHUNK = 500;
const KEY = ['agreement_id', 'day', 'measure', 'party_id', 'kind', 'subtype', 'region', 'term_id'] as const;

/**
 * Brings the compliance rollups up to date for these incidents, in the caller's transaction:
 * each incident's stored contribution is replaced by its current one, and the rollups take
 * the difference. Every write that changes what an incident counts for calls this after it.
 */
export async function refreshContributions(ctx: { db: Transaction<Database> }, incidentIds: Iterable<string>): Promise<void> {
  const ids = [...new Set(incidentIds)];
  for (let i = 0; i < ids.length; i += CHUNK) await refreshChunk(ctx, ids.slice(i, i + CHUNK));
}

async function refreshChunk(ctx: { db: Transaction<Database> }, ids: string[]): Promise<void> {
  const incidents = await ctx.db
    .selectFrom('incidents')
    .select(['id', 'kind', 'status', 'created_at', 'first_observed_at', 'agreement_id', 'attributed_party_id', 'merged_into', 'corroboration', 'synthetic', 'exact_latitude', 'exact_longitude'])
    .where('id', 'in', ids)
    .execute();
  const reports = await ctx.db
    .selectFrom('reports')
    .select(['id', 'incident_id', 'subtype', 'channel', 'filed_by_party_id', 'time_precision', 'geo_precision', 'reliability', 'civilian_killed', 'civilian_injured', 'observed_from'])
    .where('incident_id', 'in', ids)
    .execute();
  const decisions = await ctx.db
    .selectFrom('decisions')
    .select(['incident_id', 'terms_breached', 'updated_at'])
    .where('incident_id', 'in', ids)
    .where('status', '=', 'adopted')
    .orderBy('updated_at')
    .orderBy('id')
    .execute();
  const disputes = await ctx.db.selectFrom('disputes').select(['incident_id', 'status']).where('incident_id', 'in', ids).execute();
  const previous = await ctx.db.selectFrom('compliance_contributions').selectAll().where('incident_id', 'in', ids).execute();

  const reportsOf = inObservationOrder(reports);
  // The latest adopted decision of each incident is the one in force.
  const decisionOf = new Map(decisions.map((d) => [d.incident_id, d]));
  const disputesOf = groupBy(disputes, (d) => d.incident_id);
  const contributionOf = (row: (typeof incidents)[number], region: string) =>
    incidentContribution({
      ...row,
      synthetic: Boolean(row.synthetic),
      region,
      terms_breached: VIOLATION_STATUSES.includes(row.status) ? (JSON.parse(decisionOf.get(row.id)?.terms_breached ?? '[]') as string[]) : [],
      decided_after_hours: decisionOf.has(row.id) ? (Date.parse(decisionOf.get(row.id)!.updated_at) - Date.parse(row.created_at)) / 3_600_000 : null,
      disputes: (disputesOf.get(row.id) ?? []).map((d) => d.status),
      reports: reportsOf.get(row.id) ?? [],
    });

  // An incident's location never changes once recorded, so its region is looked up once, and only when a
  // figure shown per region counts it: most new reports count in none, and bulk ingest looks up nothing.
  const knownRegion = new Map(previous.filter((c) => c.region !== '').map((c) => [c.incident_id, c.region]));
  const unplaced = incidents.filter((r) => !knownRegion.has(r.id) && contributionOf(r, '?').some((c) => c.region === '?'));
  const found = unplaced.length > 0 ? await incidentRegions(ctx.db, new Map(unplaced.map((r) => [r.id, { latitude: r.exact_latitude, longitude: r.exact_longitude }]))) : new Map<string, string>();
  await nameRegions(ctx.db, found.values());
  const next = incidents.flatMap((row) => contributionOf(row, knownRegion.get(row.id) ?? found.get(row.id) ?? '').map((c) => ({ ...c, incident_id: row.id })));

  const delta = contributionDelta(previous.map((c) => ({ ...c, measure: c.measure as Contribution['measure'], value: Number(c.value) })), next);
  await ctx.db.deleteFrom('compliance_contributions').where('incident_id', 'in', ids).execute();
  for (let i = 0; i < next.length; i += CHUNK) await ctx.db.insertInto('compliance_contributions').values(next.slice(i, i + CHUNK)).execute();
  for (let i = 0; i < delta.length; i += CHUNK) {
    await ctx.db
      .insertInto('compliance_rollups')
      .values(delta.slice(i, i + CHUNK))
      .onConflict((oc) => oc.columns([...KEY]).doUpdateSet({ value: sql<number>`compliance_rollups.value + excluded.value` }))
      .execute();
  }
}

/**
 * Each incident's reports in the order they were observed, which decides a tie between sub-types.
 * Sorted here rather than by the database, so that ties in time fall the same way on either
 * database, whatever its plan or collation.
 */
function inObservationOrder<R extends { id: string; incident_id: string; observed_from: string }>(reports: readonly R[]): Map<string, R[]> {
  const out = groupBy(reports, (r) => r.incident_id);
  for (const list of out.values()) list.sort((a, b) => compare(a.observed_from, b.observed_from) || compare(a.id, b.id));
  return out;
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = out.get(k);
    if (list) list.push(row);
    else out.set(k, [row]);
  }
  return out;
}
