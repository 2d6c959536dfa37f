import { isReportKind } from '../monitoring/report-taxonomy.js';
import { ACLED_EVENT_TYPES, CIVILIAN_TARGETING_KINDS } from './acled-event-types.js';
import type { ShownIncident, ShownReport } from './shown-records.js';

/**
 * The columns of an ACLED export that Truce keeps, in ACLED's order and with ACLED's names,
 * then Truce's own (prefixed `truce_`), which ACLED readers ignore as extra columns.
 */
export const ACLED_COLUMNS = [
  'event_id_cnty',
  'event_date',
  'year',
  'time_precision',
  'disorder_type',
  'event_type',
  'sub_event_type',
  'actor1',
  'civilian_targeting',
  'location',
  'latitude',
  'longitude',
  'geo_precision',
  'source',
  'notes',
  'fatalities',
  'timestamp',
  'truce_kind',
  'truce_status',
  'truce_report_count',
  'truce_corroboration',
  'truce_synthetic',
  'truce_log_index',
] as const;

export type AcledColumn = (typeof ACLED_COLUMNS)[number];
export type AcledRow = Record<AcledColumn, string | number | null>;

/** ACLED's time_precision: 1 the day is known, 2 the week, 3 the month. */
const TIME_PRECISION: Record<string, number> = { exact: 1, day: 1, week: 2, month: 3 };
/** ACLED's geo_precision: 1 the place itself, 2 near it or part of a region, 3 only the region. */
const GEO_PRECISION: Record<string, number> = { exact: 1, near: 2, region: 3 };

/** Names to write instead of ids, for what the reader may read: parties, and sources when they may read sources. */
export interface AcledNames {
  parties: ReadonlyMap<string, string>;
  sources: ReadonlyMap<string, string>;
}

/**
 * One incident as one ACLED row, built only from what the disclosure policy showed this reader
 * of the incident and of its reports: a field the reader was not shown stays empty. Reports of
 * one event are alternative accounts of it, so fatalities are the highest count any states, and
 * the precisions are the finest any has (never finer than the point shown, when it is rounded).
 */
export function acledRow(incident: ShownIncident, reports: readonly ShownReport[], names: AcledNames): AcledRow {
  const type = incident.kind !== undefined && isReportKind(incident.kind) ? ACLED_EVENT_TYPES[incident.kind] : undefined;
  const first = incident.first_observed_at;
  const party = incident.attributed_party_id ?? null;
  const finest = (values: (number | undefined)[]) => {
    const known = values.filter((v): v is number => v !== undefined);
    return known.length ? Math.min(...known) : null;
  };
  const geo = finest(reports.map((r) => (r.geo_precision === undefined ? undefined : GEO_PRECISION[r.geo_precision])));
  const located = reports.find((r) => r.place?.name);
  return {
    event_id_cnty: incident.id,
    event_date: first ? first.slice(0, 10) : null,
    year: first ? Number(first.slice(0, 4)) : null,
    time_precision: finest(reports.map((r) => (r.time_precision === undefined ? undefined : TIME_PRECISION[r.time_precision]))),
    disorder_type: type?.disorder_type ?? null,
    event_type: type?.event_type ?? null,
    sub_event_type: type?.sub_event_type ?? null,
    actor1: party === null ? null : (names.parties.get(party) ?? party),
    civilian_targeting: incident.kind !== undefined && (CIVILIAN_TARGETING_KINDS as readonly string[]).includes(incident.kind) ? 'Civilian targeting' : null,
    location: located?.place?.name ?? null,
    latitude: incident.point?.latitude ?? null,
    longitude: incident.point?.longitude ?? null,
    geo_precision: geo === null ? null : incident.location_rounded ? Math.max(geo, 2) : geo,
    source: distinct(reports.map((r) => (r.source_id ? names.sources.get(r.source_id) : undefined))).join('; ') || null,
    notes: distinct(reports.map((r) => r.narrative ?? undefined)).join(' | ') || null,
    fatalities: highest(reports.map(fatalities)),
    timestamp: incident.updated_at ? Math.floor(Date.parse(incident.updated_at) / 1000) : null,
    truce_kind: incident.kind ?? null,
    truce_status: incident.status ?? null,
    truce_report_count: incident.report_count ?? null,
    truce_corroboration: incident.corroboration ?? null,
    truce_synthetic: incident.synthetic === undefined ? null : String(incident.synthetic),
    truce_log_index: incident.log_index,
  };
}

/** The row's fields in column order, for csvLine. */
export function acledFields(row: AcledRow): (string | number | null)[] {
  return ACLED_COLUMNS.map((column) => row[column]);
}

function fatalities(report: ShownReport): number | undefined {
  const c = report.casualties;
  if (!c || (c.civilian_killed == null && c.military_killed == null)) return undefined;
  return (c.civilian_killed ?? 0) + (c.military_killed ?? 0);
}

function highest(values: (number | undefined)[]): number | null {
  const known = values.filter((v): v is number => v !== undefined);
  return known.length ? Math.max(...known) : null;
}

function distinct(values: (string | undefined)[]): string[] {
  return [...new Set(values.filter((v): v is string => typeof v === 'string' && v.trim() !== ''))];
}
