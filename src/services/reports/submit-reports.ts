import { InvalidInputError } from '../../domain/domain-error.js';
import type { ClusterSettings } from '../../domain/incidents/cluster-decision.js';
import { affiliationKey, reportAffiliation } from '../../domain/incidents/corroboration.js';
import { coveringAgreement } from '../../domain/compliance/covering-agreement.js';
import { checkReport } from '../../domain/monitoring/check-report.js';
import { kindFamily } from '../../domain/monitoring/report-taxonomy.js';
import { roundedLocation } from '../../domain/monitoring/rounded-location.js';
import type { Database } from '../../store/database-schema.js';
import type { NewRow } from '../../store/record-kinds.js';
import { refreshContributions } from '../compliance/refresh-contributions.js';
import { assignIncidents, type ClusterableReport } from '../incidents/assign-incidents.js';
import { newId } from '../new-id.js';
import { MAX_REPORT_BATCH } from '../../domain/monitoring/report-types.js';
import type { WriteContext } from '../use-case-context.js';
import type { ReportInput } from './report-input.js';
import { resolvePlaces } from './resolve-places.js';
import { resolveReferences } from './resolve-references.js';

export const MAX_BATCH = MAX_REPORT_BATCH;

export interface SubmitReportsInput {
  reports: readonly ReportInput[];
  clustering: ClusterSettings;
  /** How errors name an item: `reports.3.` in a batch, nothing for a single report. */
  itemPath?: (i: number) => string;
}

export interface SubmittedReport {
  id: string;
  incident_id: string;
  log_index: number;
}

/**
 * Submits reports, one or a batch of up to 10,000, all or nothing: every item is
 * checked, every reference resolved, each report joins or starts an incident, and
 * the reports and incidents enter the log with one append per kind.
 */
export async function submitReports(ctx: WriteContext, input: SubmitReportsInput): Promise<SubmittedReport[]> {
  const { reports } = input;
  const path = input.itemPath ?? (() => '');
  if (reports.length > MAX_BATCH) throw new InvalidInputError('reports', `at most ${MAX_BATCH} reports in one request`);
  for (const [i, r] of reports.entries()) {
    checkReport(
      { kind: r.kind, subtype: r.subtype, observed_from: r.observed_at.start, observed_to: r.observed_at.end, latitude: r.point?.latitude, longitude: r.point?.longitude, count: r.count, casualties: r.casualties },
      ctx.now,
      path(i).replace(/\.$/, ''),
    );
    checkChannel(ctx, r, path(i));
  }
  const { sources } = await resolveReferences(ctx, reports, path);
  const places = await resolvePlaces(ctx, reports, path);
  const agreements = await defaultAgreements(ctx, reports);

  const clusterable: ClusterableReport[] = reports.map((r, i) => {
    const place = places[i] ?? null;
    const source = sources.get(r.source_id)!;
    const affiliation = reportAffiliation(source.affiliation, filingParty(ctx, r));
    return {
      family: kindFamily(r.kind),
      kind: r.kind,
      latitude: r.point?.latitude ?? place!.latitude,
      longitude: r.point?.longitude ?? place!.longitude,
      from: r.observed_at.start,
      to: r.observed_at.end ?? r.observed_at.start,
      affiliation: affiliationKey(affiliation),
      agreement_id: agreements[i]!,
      sensitive: r.location_sensitive ?? false,
      synthetic: r.synthetic ?? false,
    };
  });
  const assignment = await assignIncidents(ctx, clusterable, input.clustering);
  await ctx.records.insertMany('incident', 'created', assignment.created);
  await ctx.records.updateMany('incident', 'report_added', assignment.updated, ['first_observed_at', 'last_observed_at', 'affiliations', 'corroboration', 'report_count', 'agreement_id', 'synthetic', 'updated_at']);

  const rows = reports.map((r, i) => reportRow(ctx, r, clusterable[i]!, places[i] ?? null, sources.get(r.source_id)!, assignment.incidentIds[i]!));
  const stored = await ctx.records.insertMany('report', 'submitted', rows);
  await refreshContributions(ctx, assignment.incidentIds, { incidents: assignment.created, reports: stored });
  return stored.map((row) => ({ id: row.id, incident_id: row.incident_id, log_index: Number(row.log_index) }));
}

/**
 * The agreement each report counts against: the one it names, none if it says none (null), and
 * when it leaves it out, the one agreement whose window covers the time it was observed, so that
 * what a monitor files reaches the figures without knowing the agreement's id.
 */
async function defaultAgreements(ctx: WriteContext, reports: readonly ReportInput[]): Promise<(string | null)[]> {
  const unnamed = reports.some((r) => r.agreement_id === undefined);
  const candidates = unnamed
    ? await ctx.db.selectFrom('agreements').select(['id', 'status', 'effective_at', 'expires_at', 'proposed_at', 'created_at', 'duration_days']).where('status', '<>', 'draft').execute()
    : [];
  return reports.map((r) => (r.agreement_id === undefined ? coveringAgreement(candidates, r.observed_at.start) : r.agreement_id));
}

/** A liaison files allegations for its own party, and only a liaison files allegations. */
function checkChannel(ctx: WriteContext, r: ReportInput, at: string): void {
  const liaison = ctx.actor.role === 'liaison';
  if (liaison && r.channel !== 'party_allegation') throw new InvalidInputError(`${at}channel`, 'a liaison files reports on the party_allegation channel', { code: 'liaison_channel' });
  if (!liaison && r.channel === 'party_allegation') throw new InvalidInputError(`${at}channel`, 'party_allegation is the channel of a party liaison', { code: 'allegation_channel_for_liaison' });
  if (liaison && !ctx.actor.partyId) throw new InvalidInputError(`${at}channel`, 'this liaison account is bound to no party', { code: 'liaison_needs_party' });
}

/** The party whose liaison files an allegation; none for every other channel. */
function filingParty(ctx: WriteContext, r: ReportInput): string | null {
  return r.channel === 'party_allegation' ? (ctx.actor.partyId ?? null) : null;
}

function reportRow(
  ctx: WriteContext,
  r: ReportInput,
  c: ClusterableReport,
  place: { geonames_id: number; name: string } | null,
  source: Database['sources'],
  incidentId: string,
): NewRow<'report'> {
  const shown = c.sensitive ? roundedLocation(c.latitude, c.longitude) : { latitude: c.latitude, longitude: c.longitude };
  const casualties = r.casualties ?? {};
  return {
    id: r.id ?? newId(),
    incident_id: incidentId,
    kind: r.kind,
    subtype: r.subtype ?? null,
    observed_from: c.from,
    observed_to: c.to,
    time_precision: r.time_precision ?? 'exact',
    latitude: shown.latitude,
    longitude: shown.longitude,
    exact_latitude: c.latitude,
    exact_longitude: c.longitude,
    location_sensitive: c.sensitive ? 1 : 0,
    geo_precision: r.geo_precision ?? (r.point ? 'exact' : 'near'),
    place_id: place?.geonames_id ?? null,
    place_name: place?.name ?? null,
    observer_latitude: r.observer?.latitude ?? null,
    observer_longitude: r.observer?.longitude ?? null,
    bearing_deg: r.observer?.bearing_deg ?? null,
    distance_m: r.observer?.distance_m ?? null,
    count: r.count ?? null,
    weapon: r.weapon ?? null,
    civilian_killed: casualties.civilian_killed ?? null,
    civilian_injured: casualties.civilian_injured ?? null,
    military_killed: casualties.military_killed ?? null,
    military_injured: casualties.military_injured ?? null,
    narrative: r.narrative ?? null,
    witness: r.witness ? JSON.stringify(r.witness) : null,
    source_id: source.id,
    source_affiliation: reportAffiliation(source.affiliation, filingParty(ctx, r)),
    channel: r.channel,
    reliability: r.reliability ?? source.default_reliability,
    credibility: r.credibility ?? 6,
    agreement_id: c.agreement_id,
    term_ids: JSON.stringify(r.term_ids ?? []),
    submitted_by: ctx.actor.id,
    filed_by_party_id: filingParty(ctx, r),
    synthetic: r.synthetic ? 1 : 0,
    created_at: ctx.now,
  };
}
