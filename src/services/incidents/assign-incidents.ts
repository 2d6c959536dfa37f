import type { ClusterCandidate, ClusterSettings } from '../../domain/incidents/cluster-decision.js';
import { clusterCell } from '../../domain/incidents/cluster-cells.js';
import { mergeAffiliations } from '../../domain/incidents/corroboration.js';
import type { KindFamily, ReportKind } from '../../domain/monitoring/report-taxonomy.js';
import { roundedLocation } from '../../domain/monitoring/rounded-location.js';
import type { Database } from '../../store/database-schema.js';
import { findClusterCandidates } from '../../store/queries/incident-queries.js';
import { newId } from '../new-id.js';
import type { SaltPool } from '../salt-pool.js';
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

type IncidentRow = Omit<Database['incidents'], 'log_index'>;

interface Working extends ClusterCandidate {
  row: IncidentRow;
  changed: boolean;
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
export async function assignIncidents(ctx: WriteContext, reports: readonly ClusterableReport[], settings: ClusterSettings, salts: SaltPool): Promise<Assignment> {
  const index = new IncidentIndex<Working>(settings);
  const around = reports.map((r) => index.cellsAround(r.latitude, r.longitude));
  let minMs = Infinity;
  let maxMs = -Infinity;
  for (const r of reports) {
    minMs = Math.min(minMs, Date.parse(r.from));
    maxMs = Math.max(maxMs, Date.parse(r.to));
  }
  const cells = [...new Set(around.flat())];
  const existing = await findClusterCandidates(ctx.db, cells, new Date(minMs - settings.windowMs).toISOString(), new Date(maxMs + settings.windowMs).toISOString());
  const loaded = existing.map(({ log_index: _index, ...row }) => working(row));
  for (const w of loaded) index.add(w, w.row.h3_cell);

  const created: Working[] = [];
  const incidentIds = reports.map((r, i) => {
    const fromMs = Date.parse(r.from);
    const toMs = Date.parse(r.to);
    const found = index.find({ family: r.family, latitude: r.latitude, longitude: r.longitude, fromMs, toMs }, around[i]);
    if (found) {
      join(found, r, fromMs, toMs, ctx.now);
      return found.id;
    }
    const fresh = working(newIncidentRow(r, salts.next(), ctx.now));
    index.add(fresh, fresh.row.h3_cell);
    created.push(fresh);
    return fresh.id;
  });

  return { incidentIds, created: created.map((w) => w.row), updated: loaded.filter((w) => w.changed).map((w) => w.row) };
}

function working(row: IncidentRow): Working {
  return {
    id: row.id,
    family: row.family as KindFamily,
    latitude: row.exact_latitude,
    longitude: row.exact_longitude,
    firstMs: Date.parse(row.first_observed_at),
    lastMs: Date.parse(row.last_observed_at),
    row,
    changed: false,
  };
}

function join(w: Working, r: ClusterableReport, fromMs: number, toMs: number, now: string): void {
  const row = w.row;
  if (fromMs < w.firstMs) {
    w.firstMs = fromMs;
    row.first_observed_at = r.from;
  }
  if (toMs > w.lastMs) {
    w.lastMs = toMs;
    row.last_observed_at = r.to;
  }
  const affiliations = mergeAffiliations(JSON.parse(row.affiliations), [r.affiliation]);
  row.affiliations = JSON.stringify(affiliations);
  row.corroboration = affiliations.length;
  row.report_count += 1;
  row.agreement_id ??= r.agreement_id;
  if (!r.synthetic) row.synthetic = 0;
  row.updated_at = now;
  w.changed = true;
}

function newIncidentRow(r: ClusterableReport, salt: string, now: string): IncidentRow {
  const shown = r.sensitive ? roundedLocation(r.latitude, r.longitude) : { latitude: r.latitude, longitude: r.longitude };
  return {
    id: newId(),
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
    withheld_salt: salt,
    created_at: now,
    updated_at: now,
  };
}
