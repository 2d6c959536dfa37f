import { sql, type Transaction } from 'kysely';
import { contributionDelta, incidentContribution, VIOLATION_STATUSES, type Contribution } from '../../domain/compliance/incident-contribution.js';
import type { InForceSpan } from '../../domain/compliance/in-force-span.js';
import type { Database } from '../../store/database-schema.js';
import { incidentRegions, nameRegions } from './incident-regions.js';
import { inForceSpans } from './in-force-spans.js';

const CHUNK = 500;
const KEY = ['agreement_id', 'day', 'measure', 'party_id', 'kind', 'subtype', 'region', 'term_id'] as const;
const INCIDENT_COLUMNS = ['id', 'kind', 'status', 'created_at', 'first_observed_at', 'agreement_id', 'attributed_party_id', 'merged_into', 'corroboration', 'synthetic', 'exact_latitude', 'exact_longitude'] as const;
const REPORT_COLUMNS = ['id', 'incident_id', 'subtype', 'channel', 'filed_by_party_id', 'time_precision', 'geo_precision', 'reliability', 'civilian_killed', 'civilian_injured', 'observed_from'] as const;

type IncidentRow = Pick<Database['incidents'], (typeof INCIDENT_COLUMNS)[number]>;
type ReportRow = Pick<Database['reports'], (typeof REPORT_COLUMNS)[number]>;
type Tx = { db: Transaction<Database> };

/**
 * Incidents created in the caller's transaction, with all their reports, as written. Nothing
 * else can refer to them yet: no decision, dispute or stored contribution, so their refresh
 * reads nothing back and deletes nothing.
 */
export interface CreatedIncidents {
  incidents: readonly IncidentRow[];
  /** May hold other incidents' reports too; only those of the created incidents are used. */
  reports: readonly ReportRow[];
}

/** Everything an incident's contribution follows from. */
interface IncidentState {
  row: IncidentRow;
  reports: readonly ReportRow[];
  decision: { terms_breached: string; updated_at: string } | undefined;
  disputes: readonly string[];
}

type StoredContribution = Database['compliance_contributions'];

/**
 * Brings the compliance rollups up to date for these incidents, in the caller's transaction:
 * each incident's stored contribution is replaced by its current one, and the rollups take
 * the difference. Every write that changes what an incident counts for calls this after it;
 * one that created some of them passes what it wrote as `created`.
 */
export async function refreshContributions(ctx: Tx, incidentIds: Iterable<string>, created?: CreatedIncidents): Promise<void> {
  const ids = new Set(incidentIds);
  const fresh = (created?.incidents ?? []).filter((row) => ids.has(row.id));
  for (const row of fresh) ids.delete(row.id);
  const stored = [...ids];
  for (let i = 0; i < stored.length; i += CHUNK) {
    const chunk = stored.slice(i, i + CHUNK);
    const { states, previous } = await readStates(ctx, chunk);
    await replaceContributions(ctx, states, await spansOf(ctx, states), { ids: chunk, rows: previous });
  }
  if (fresh.length === 0) return;
  const freshIds = new Set(fresh.map((row) => row.id));
  const reportsOf = inObservationOrder(created!.reports.filter((r) => freshIds.has(r.incident_id)));
  for (let i = 0; i < fresh.length; i += CHUNK) {
    const states = fresh.slice(i, i + CHUNK).map((row): IncidentState => ({ row, reports: reportsOf.get(row.id) ?? [], decision: undefined, disputes: [] }));
    await replaceContributions(ctx, states, await spansOf(ctx, states), { ids: [], rows: [] });
  }
}

async function readStates(ctx: Tx, ids: string[]): Promise<{ states: IncidentState[]; previous: StoredContribution[] }> {
  const incidents = await ctx.db.selectFrom('incidents').select(INCIDENT_COLUMNS).where('id', 'in', ids).execute();
  const reports = await ctx.db.selectFrom('reports').select(REPORT_COLUMNS).where('incident_id', 'in', ids).execute();
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
  const states = incidents.map((row) => ({ row, reports: reportsOf.get(row.id) ?? [], decision: decisionOf.get(row.id), disputes: (disputesOf.get(row.id) ?? []).map((d) => d.status) }));
  return { states, previous };
}

/** When each of these incidents' agreements was in force: a handful of agreements however many incidents. */
function spansOf(ctx: Tx, states: readonly IncidentState[]): Promise<Map<string, InForceSpan | null>> {
  return inForceSpans(ctx.db, states.flatMap((s) => (s.row.agreement_id ? [s.row.agreement_id] : [])));
}

/**
 * Replaces what these incidents contributed until now (`stored`: the rows of the incidents that may
 * have some, read before) by what they contribute in their current state.
 */
async function replaceContributions(ctx: Tx, states: readonly IncidentState[], spans: ReadonlyMap<string, InForceSpan | null>, stored: { ids: readonly string[]; rows: readonly StoredContribution[] }): Promise<void> {
  const contributionOf = ({ row, reports, decision, disputes }: IncidentState, region: string) =>
    incidentContribution({
      ...row,
      in_force: row.agreement_id ? (spans.get(row.agreement_id) ?? null) : null,
      synthetic: Boolean(row.synthetic),
      region,
      terms_breached: VIOLATION_STATUSES.includes(row.status) ? (JSON.parse(decision?.terms_breached ?? '[]') as string[]) : [],
      decided_after_hours: decision ? (Date.parse(decision.updated_at) - Date.parse(row.created_at)) / 3_600_000 : null,
      disputes,
      reports,
    });

  // An incident's location never changes once recorded, so its region is looked up once, and only when a
  // figure shown per region counts it: most new reports count in none, and bulk ingest looks up nothing.
  const knownRegion = new Map(stored.rows.filter((c) => c.region !== '').map((c) => [c.incident_id, c.region]));
  const unplaced = states.filter((s) => !knownRegion.has(s.row.id) && contributionOf(s, '?').some((c) => c.region === '?'));
  const found = unplaced.length > 0 ? await incidentRegions(ctx.db, new Map(unplaced.map(({ row }) => [row.id, { latitude: row.exact_latitude, longitude: row.exact_longitude }]))) : new Map<string, string>();
  await nameRegions(ctx.db, found.values());
  const next = states.flatMap((s) => contributionOf(s, knownRegion.get(s.row.id) ?? found.get(s.row.id) ?? '').map((c) => ({ ...c, incident_id: s.row.id })));

  const delta = contributionDelta(stored.rows.map((c) => ({ ...c, measure: c.measure as Contribution['measure'], value: Number(c.value) })), next);
  if (stored.ids.length > 0) await ctx.db.deleteFrom('compliance_contributions').where('incident_id', 'in', stored.ids).execute();
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
 * database, whatever its collation, and whether the reports were read back or held in memory.
 */
function inObservationOrder(reports: readonly ReportRow[]): Map<string, ReportRow[]> {
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
