import type { ReportKind } from '../monitoring/report-taxonomy.js';
import { isReportKind } from '../monitoring/report-taxonomy.js';
import type { GeoPrecision, TimePrecision } from '../monitoring/report-types.js';
import { parseAcledDate } from './acled-date.js';
import { ACLED_INTER_CODES, acledKind, TERRITORY_SUB_EVENTS } from './acled-kinds.js';
import type { AcledField, AcledHeader } from './acled-layout.js';
import type { CsvRecord } from './csv-records.js';

export interface AcledActor {
  name: string;
  associates: string[];
  /** ACLED's actor type (`State forces`), whether the file wrote it as text or as a 2023 numeric code. */
  type: string | null;
}

/** One ACLED event as read, before it becomes a report: the mapping to Truce's fields is done, nothing is stored. */
export interface AcledEvent {
  line: number;
  /** `acled:` and ACLED's event id: what makes a second import of the same event an update. */
  external_id: string;
  date: string;
  time_precision: TimePrecision;
  geo_precision: GeoPrecision;
  /** Null where ACLED's type has no Truce kind; `original_type` keeps it either way. */
  kind: ReportKind | null;
  original_type: { disorder_type: string | null; event_type: string; sub_event_type: string };
  /** A row saying who took ground: it records a control claim too. */
  territory: boolean;
  /** The perpetrator first, then the target (actor1 then actor2; in a monadic file, the event's rows in order). */
  actors: AcledActor[];
  civilian_targeting: boolean;
  latitude: number;
  longitude: number;
  location: string | null;
  fatalities: number;
  sources: string[];
  notes: string | null;
  tags: string[];
  /** When ACLED last changed the event (`timestamp`), ISO; null when the file does not say. */
  updated_at: string | null;
}

export interface AcledRefusal {
  line: number;
  reason: string;
}

/** ACLED's time_precision: 1 the day, 2 the week, 3 the month. */
const TIME: Record<string, TimePrecision> = { '1': 'day', '2': 'week', '3': 'month' };
/** ACLED's geo_precision: 1 the place, 2 near it or part of a region, 3 only the region. */
const GEO: Record<string, GeoPrecision> = { '1': 'exact', '2': 'near', '3': 'region' };

const split = (text: string) =>
  text
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);

/** Reads one data row against its header; a row that cannot be an event is refused with the column at fault. */
export function readAcledRow(header: AcledHeader, record: CsvRecord): { event: AcledEvent } | { refused: AcledRefusal } {
  const get = (name: AcledField) => {
    const index = header.columns[name];
    const value = index === undefined ? '' : (record.fields[index] ?? '').trim();
    // Undo the apostrophe csvLine puts before what a spreadsheet would run as a formula.
    return /^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value;
  };
  const refuse = (reason: string) => ({ refused: { line: record.line, reason } });

  const id = get('event_id_cnty');
  if (!id) return refuse('event_id_cnty is empty');
  const date = parseAcledDate(get('event_date'));
  if (!date) return refuse(`event_date "${get('event_date')}" is not a date`);
  const latitude = Number(get('latitude'));
  const longitude = Number(get('longitude'));
  if (get('latitude') === '' || !Number.isFinite(latitude) || latitude < -90 || latitude > 90) return refuse(`latitude "${get('latitude')}" is not between -90 and 90`);
  if (get('longitude') === '' || !Number.isFinite(longitude) || longitude < -180 || longitude > 180) return refuse(`longitude "${get('longitude')}" is not between -180 and 180`);
  const fatalitiesText = get('fatalities');
  const fatalities = fatalitiesText === '' ? 0 : Number(fatalitiesText);
  if (!Number.isInteger(fatalities) || fatalities < 0) return refuse(`fatalities "${fatalitiesText}" is not a whole number of zero or more`);
  const timeText = get('time_precision') || '1';
  const geoText = get('geo_precision') || '1';
  if (!TIME[timeText]) return refuse(`time_precision "${timeText}" is not 1, 2 or 3`);
  if (!GEO[geoText]) return refuse(`geo_precision "${geoText}" is not 1, 2 or 3`);
  const eventType = get('event_type');
  const subEventType = get('sub_event_type');
  if (!eventType || !subEventType) return refuse('event_type and sub_event_type must both be given');
  const actor1 = get('actor1');
  if (!actor1) return refuse('actor1 is empty');
  const timestamp = get('timestamp');
  const seconds = Number(timestamp);
  const truceKind = get('truce_kind');

  const actor = (name: string, associates: string, inter: string): AcledActor => ({ name, associates: split(associates), type: (/^\d+$/.test(inter) ? ACLED_INTER_CODES[inter] : inter) || null });
  const actors = [actor(actor1, get('assoc_actor_1'), get('inter1'))];
  if (get('actor2')) actors.push(actor(get('actor2'), get('assoc_actor_2'), get('inter2')));

  return {
    event: {
      line: record.line,
      external_id: `acled:${id}`,
      date,
      time_precision: TIME[timeText]!,
      geo_precision: GEO[geoText]!,
      kind: isReportKind(truceKind) ? truceKind : acledKind(subEventType),
      original_type: { disorder_type: get('disorder_type') || null, event_type: eventType, sub_event_type: subEventType },
      territory: TERRITORY_SUB_EVENTS.includes(subEventType.toLowerCase()),
      actors,
      civilian_targeting: get('civilian_targeting').toLowerCase() === 'civilian targeting',
      latitude,
      longitude,
      location: get('location') || null,
      fatalities,
      sources: split(get('source')),
      notes: get('notes') || null,
      tags: split(get('tags')),
      updated_at: timestamp !== '' && Number.isInteger(seconds) && seconds > 0 ? new Date(seconds * 1000).toISOString() : null,
    },
  };
}
