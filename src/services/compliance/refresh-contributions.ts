import { sql } from 'kysely';
import { contributionDelta, incidentContribution, VIOLATION_STATUSES, type Contribution } from '../../domain/compliance/incident-contribution.js';
import type { WriteContext } from '../use-case-context.js';
import { incidentRegions } from './incident-regions.js';

const CHUNK = 500;
const KEY = ['agreement_id', 'day', 'measure', 'party_id', 'kind', 'subtype', 'region', 'term_id'] as const;

/**
 * Brings the compliance rollups up to date for these incidents, in the caller's transaction:
 * each incident's stored contribution is replaced by its current one, and the rollups take
 * the difference. Every write that changes what an incident counts for calls this after it.
 */
export async function refreshContributions(ctx: WriteContext, incidentIds: Iterable<string>): Promise<void> {
  const ids = [...new Set(incidentIds)];
  for (let i = 0; i < ids.length; i += CHUNK) await refreshChunk(ctx, ids.slice(i, i + CHUNK));
}

async function refreshChunk(ctx: WriteContext, ids: string[]): Promise<void> {
  const incidents = await ctx.db
    .selectFrom('incidents')
    .select(['id', 'kind', 'status', 'first_observed_at', 'agreement_id', 'attributed_party_id', 'merged_into', 'corroboration', 'synthetic', 'exact_latitude', 'exact_longitude'])
    .where('id', 'in', ids)
    .execute();
  const reports = await ctx.db
    .selectFrom('reports')
    .select(['incident_id', 'subtype', 'channel', 'filed_by_party_id', 'time_precision', 'geo_precision', 'reliability', 'civilian_killed', 'civilian_injured', 'observed_from'])
    .where('incident_id', 'in', ids)
    .orderBy('observed_from')
    .execute();
  const decisions = await ctx.db
    .selectFrom('decisions')
    .select(['incident_id', 'terms_breached'])
    .where('incident_id', 'in', ids)
    .where('status', '=', 'adopted')
    .orderBy('updated_at')
    .orderBy('id')
    .execute();
  const previous = await ctx.db.selectFrom('compliance_contributions').selectAll().where('incident_id', 'in', ids).execute();

  // An incident's location never changes once recorded, so its region is looked up once.
  const knownRegion = new Map(previous.map((c) => [c.incident_id, c.region]));
  const missing = new Map(incidents.filter((r) => r.agreement_id && !r.merged_into && !knownRegion.get(r.id)).map((r) => [r.id, { latitude: r.exact_latitude, longitude: r.exact_longitude }]));
  const found = missing.size > 0 ? await incidentRegions(ctx.db, missing) : new Map<string, string>();

  const reportsOf = groupBy(reports, (r) => r.incident_id);
  const termsOf = new Map(decisions.map((d) => [d.incident_id, JSON.parse(d.terms_breached) as string[]]));
  const next: (Contribution & { incident_id: string })[] = [];
  for (const row of incidents) {
    const facts = {
      ...row,
      synthetic: Boolean(row.synthetic),
      region: knownRegion.get(row.id) || found.get(row.id) || '',
      terms_breached: VIOLATION_STATUSES.includes(row.status) ? (termsOf.get(row.id) ?? []) : [],
      reports: reportsOf.get(row.id) ?? [],
    };
    for (const c of incidentContribution(facts)) next.push({ ...c, incident_id: row.id });
  }

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
