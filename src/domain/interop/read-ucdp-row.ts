import type { ReportKind } from '../monitoring/report-taxonomy.js';
import type { GeoPrecision, TimePrecision } from '../monitoring/report-types.js';
import { parseAcledDate } from './acled-date.js';
import type { CsvRecord } from './csv-records.js';

/** The columns of UCDP GED every file has, and those read when present. */
export const UCDP_REQUIRED = ['id', 'type_of_violence', 'side_a', 'side_b', 'date_start', 'date_end', 'date_prec', 'where_prec', 'latitude', 'longitude', 'best', 'low', 'high'] as const;
export const UCDP_OPTIONAL = ['conflict_name', 'dyad_name', 'source_article', 'where_description', 'country', 'deaths_a', 'deaths_b', 'deaths_civilians', 'deaths_unknown'] as const;
export type UcdpField = (typeof UCDP_REQUIRED)[number] | (typeof UCDP_OPTIONAL)[number];
export type UcdpColumns = Partial<Record<UcdpField, number>>;

export interface UcdpEvent {
  line: number;
  /** `ucdp:` and the GED id. */
  external_id: string;
  start: string;
  end: string;
  time_precision: TimePrecision;
  geo_precision: GeoPrecision;
  /** One-sided violence is harm to civilians; state-based and non-state conflict have no one Truce kind. */
  kind: ReportKind | null;
  type_of_violence: 1 | 2 | 3;
  /** Side A perpetrates, side B is the target; several actors are `;`-separated in the file. */
  side_a: string[];
  side_b: string[];
  latitude: number;
  longitude: number;
  place: string | null;
  deaths: { best: number; low: number; high: number; side_a: number | null; side_b: number | null; civilians: number | null; unknown: number | null };
  sources: string[];
}

/** UCDP's date_prec: 1 the day, 2 two to six days, 3 the week, 4 the month, 5 more than a month (read as the month, Truce's coarsest). */
const TIME: Record<string, TimePrecision> = { '1': 'day', '2': 'week', '3': 'week', '4': 'month', '5': 'month' };
/** UCDP's where_prec: 1 the place, 2 within 25 km, 3–7 an admin unit, a line or area, a country, international waters. */
const GEO: Record<string, GeoPrecision> = { '1': 'exact', '2': 'near', '3': 'region', '4': 'region', '5': 'region', '6': 'region', '7': 'region' };

/** Each death count and its column: UCDP's three estimates, then the split by side. */
const TALLIES: Record<keyof UcdpEvent['deaths'], UcdpField> = { best: 'best', low: 'low', high: 'high', side_a: 'deaths_a', side_b: 'deaths_b', civilians: 'deaths_civilians', unknown: 'deaths_unknown' };

/** A GED date: ISO, with or without a time (`2020-01-15 00:00:00.000`), or any form ACLED's reader takes. */
export function parseUcdpDate(text: string): string | null {
  const iso = /^(\d{4}-\d{1,2}-\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$/.exec(text.trim());
  return parseAcledDate(iso ? iso[1]! : text);
}

/** GED's multi-values: `;`-separated, each item sometimes in its own quotes (`"Outlet,date,headline";"…"`). */
const split = (text: string) =>
  text
    .split(';')
    .map((s) => s.trim().replace(/^"([^]*)"$/, '$1'))
    .filter(Boolean);

export function readUcdpRow(columns: UcdpColumns, record: CsvRecord): { event: UcdpEvent } | { refused: { line: number; reason: string } } {
  const get = (name: UcdpField) => {
    const index = columns[name];
    return index === undefined ? '' : (record.fields[index] ?? '').trim();
  };
  const refuse = (reason: string) => ({ refused: { line: record.line, reason } });
  const id = get('id');
  if (!id) return refuse('id is empty');
  const start = parseUcdpDate(get('date_start'));
  const end = parseUcdpDate(get('date_end'));
  if (!start) return refuse(`date_start "${get('date_start')}" is not a date`);
  if (!end) return refuse(`date_end "${get('date_end')}" is not a date`);
  if (end < start) return refuse(`date_end ${end} is before date_start ${start}`);
  if (!TIME[get('date_prec')]) return refuse(`date_prec "${get('date_prec')}" is not 1–5`);
  if (!GEO[get('where_prec')]) return refuse(`where_prec "${get('where_prec')}" is not 1–7`);
  const type = get('type_of_violence');
  if (type !== '1' && type !== '2' && type !== '3') return refuse(`type_of_violence "${type}" is not 1, 2 or 3`);
  const latitude = Number(get('latitude'));
  const longitude = Number(get('longitude'));
  if (get('latitude') === '' || !Number.isFinite(latitude) || latitude < -90 || latitude > 90) return refuse(`latitude "${get('latitude')}" is not between -90 and 90`);
  if (get('longitude') === '' || !Number.isFinite(longitude) || longitude < -180 || longitude > 180) return refuse(`longitude "${get('longitude')}" is not between -180 and 180`);
  const deaths: Partial<Record<keyof UcdpEvent['deaths'], number | null>> = {};
  for (const [name, column] of Object.entries(TALLIES) as [keyof UcdpEvent['deaths'], UcdpField][]) {
    const text = get(column);
    const n = Number(text);
    if (text !== '' && !(Number.isInteger(n) && n >= 0)) return refuse(`${column} "${text}" is not a whole number of zero or more`);
    deaths[name] = text === '' ? null : n;
  }
  const { best, low, high } = deaths;
  if (best == null || low == null || high == null) return refuse('best, low and high must all be given');
  if (!(low <= best && best <= high)) return refuse(`the estimates must be low ≤ best ≤ high, not ${low}, ${best}, ${high}`);

  return {
    event: {
      line: record.line,
      external_id: `ucdp:${id}`,
      start: `${start}T00:00:00.000Z`,
      end: `${end}T23:59:59.999Z`,
      time_precision: TIME[get('date_prec')]!,
      geo_precision: GEO[get('where_prec')]!,
      kind: type === '3' ? 'civilian_harm' : null,
      type_of_violence: Number(type) as 1 | 2 | 3,
      side_a: split(get('side_a')),
      side_b: split(get('side_b')),
      latitude,
      longitude,
      place: get('where_description') || null,
      deaths: { ...deaths, best, low, high } as UcdpEvent['deaths'],
      sources: split(get('source_article')),
    },
  };
}
