import type { ClusterCandidate, ClusterSettings } from '../../domain/incidents/cluster-decision.js';
import { clusterCell, searchCells, searchRings } from '../../domain/incidents/cluster-cells.js';
import { mergeAffiliations } from '../../domain/incidents/corroboration.js';
import type { KindFamily, ReportKind } from '../../domain/monitoring/report-taxonomy.js';
import { roundedLocation } from '../../domain/monitoring/rounded-location.js';
import type { NewRow } from '../../store/record-kinds.js';
import { findClusterCandidates, findIncidentRows } from '../../store/queries/incident-queries.js';
import { newId } from '../new-id.js';
import type { WriteContext } from '../use-case-context.js';
import { IncidentIndex } from './incident-index.js';

export interface ClusterableReport {
  family: KindFamily;
  kind: ReportKind;
  latitude: number;
  longitude: number;
  from: string;
  to: string;
  affiliation: string;
  agreement_id: string | null;
  sensitive: boolean;
  synthetic: boolean;
}

/** Up to this many reports, candidates are read cell by cell. */
const SMALL_BATCH = 50;

type IncidentRow = NewRow<'incident'>;

interface Working extends ClusterCandidate {
  /** The reports of this batch that joined it, the first of them its anchor when new. */
  joined: ClusterableReport[];
  isNew: boolean;
}

export interface Assignment {
  incidentIds: string[];
  created: IncidentRow[];
  updated: IncidentRow[];
}

/**
 * Puts each report of a batch into an incident: the nearest open incident of its
 * kind family within the distance and time window, or a new one. Candidates come
 * from one indexed query for the whole batch; each report is then matched in memory.
 */
export async function assignIncidents(ctx: WriteContext, reports: readonly ClusterableReport[], settings: ClusterSettings): Promise<Assignment> {
  const index = new IncidentIndex<Working>(settings);
  let minMs = Infinity;
  let maxMs = -Infinity;
  for (const r of reports) {
    minMs = Math.min(minMs, Date.parse(r.from));
    maxMs = Math.max(maxMs, Date.parse(r.to));
  }
  // A few reports read the cells around them through the (h3_cell, time) index; a large batch reads its time window once.
  const rings = searchRings(settings);
  const cells = reports.length <= SMALL_BATCH ? [...new Set(reports.flatMap((r) => searchCells(clusterCell(r.latitude, r.longitude), rings)))] : null;
  const candidates = await findClusterCandidates(ctx.db, cells, new Date(minMs - settings.windowMs).toISOString(), new Date(maxMs + settings.windowMs).toISOString());
  const existing = candidates.map((row): Working => {
    const w: Working = { id: row.id, family: row.family as KindFamily, latitude: row.exact_latitude, longitude: row.exact_longitude, firstMs: Date.parse(row.first_observed_at), lastMs: Date.parse(row.last_observed_at), joined: [], isNew: false };
    index.add(w);
    return w;
  });

  const created: Working[] = [];
  const nowMs = Date.parse(ctx.now);
  const incidentIds = reports.map((r) => {
    const fromMs = Date.parse(r.from);
    const toMs = Date.parse(r.to);
    const found = index.find({ family: r.family, latitude: r.latitude, longitude: r.longitude, fromMs, toMs });
    if (found) {
      found.joined.push(r);
      found.firstMs = Math.min(found.firstMs, fromMs);
      found.lastMs = Math.max(found.lastMs, toMs);
      return found.id;
    }
    const fresh: Working = { id: timeOrderedId(nowMs), family: r.family, latitude: r.latitude, longitude: r.longitude, firstMs: fromMs, lastMs: toMs, joined: [r], isNew: true };
    index.add(fresh);
    created.push(fresh);
    return fresh.id;
  });

  const changed = existing.filter((w) => w.joined.length > 0);
  const joinedTo = new Map(changed.map((w) => [w.id, w.joined]));
  const updated = (await findIncidentRows(ctx.db, [...joinedTo.keys()])).map(({ log_index: _index, ...row }) => withReports(row, joinedTo.get(row.id)!, ctx.now));
  return { incidentIds, created: created.map((w) => withReports(newIncidentRow(w.id, w.joined[0]!, ctx.now), w.joined.slice(1), ctx.now)), updated };
}

/** The incident's figures after the batch's reports join it. */
function withReports(row: IncidentRow, joined: readonly ClusterableReport[], now: string): IncidentRow {
  if (joined.length === 0) return row;
  let first = row.first_observed_at;
  let last = row.last_observed_at;
  for (const r of joined) {
    if (r.from < first) first = r.from;
    if (r.to > last) last = r.to;
  }
  const affiliations = mergeAffiliations(JSON.parse(row.affiliations), joined.map((r) => r.affiliation));
  return {
    ...row,
    first_observed_at: first,
    last_observed_at: last,
    affiliations: JSON.stringify(affiliations),
    corroboration: affiliations.length,
    report_count: row.report_count + joined.length,
    agreement_id: row.agreement_id ?? joined.find((r) => r.agreement_id)?.agreement_id ?? null,
    synthetic: row.synthetic && joined.every((r) => r.synthetic) ? 1 : 0,
    updated_at: now,
  };
}

function newIncidentRow(id: string, r: ClusterableReport, now: string): IncidentRow {
  const shown = r.sensitive ? roundedLocation(r.latitude, r.longitude) : { latitude: r.latitude, longitude: r.longitude };
  return {
    id,
    family: r.family,
    kind: r.kind,
    status: 'reported',
    latitude: shown.latitude,
    longitude: shown.longitude,
    exact_latitude: r.latitude,
    exact_longitude: r.longitude,
    location_sensitive: r.sensitive ? 1 : 0,
    h3_cell: clusterCell(r.latitude, r.longitude),
    first_observed_at: r.from,
    last_observed_at: r.to,
    report_count: 1,
    affiliations: JSON.stringify([r.affiliation]),
    corroboration: 1,
    agreement_id: r.agreement_id,
    attributed_party_id: null,
    attribution_confidence: null,
    merged_into: null,
    synthetic: r.synthetic ? 1 : 0,
    created_at: now,
    updated_at: now,
  };
}

/**
 * A version 7 UUID (RFC 9562): the time in milliseconds, then random bits, from a
 * pooled random version 4 UUID. New incidents then sort after older ones, so their
 * rows and every index on their id grow at the end instead of dirtying pages across
 * the whole index, which at a million reports costs more writing than the rows themselves.
 * The time it carries is the incident's created_at, already public.
 */
function timeOrderedId(nowMs: number): string {
  const time = nowMs.toString(16).padStart(12, '0');
  const random = newId();
  return `${time.slice(0, 8)}-${time.slice(8, 12)}-7${random.slice(15)}`;
}
