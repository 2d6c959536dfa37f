import { InvalidInputError } from '../domain-error.js';
import type { IsoTime } from '../iso-time.js';
import { subtypeError, type ReportKind } from './report-taxonomy.js';

/** How far ahead of the server clock an observation may be: clocks in the field drift. */
export const FUTURE_TOLERANCE_MS = 5 * 60_000;
export const EARLIEST_OBSERVATION = '1900-01-01T00:00:00.000Z';

export interface ReportFacts {
  kind: ReportKind;
  subtype?: string | null;
  observed_from: IsoTime;
  observed_to?: IsoTime | null;
  latitude?: number | null;
  longitude?: number | null;
  count?: number | null;
  casualties?: Record<string, number | null | undefined> | null;
}

/**
 * The rules a report must meet whatever the route or batch that brings it; `path`
 * prefixes the field so that a bad item of a batch is named (`reports.17.latitude`).
 */
export function checkReport(facts: ReportFacts, now: IsoTime, path = ''): void {
  const at = (field: string) => (path ? `${path}.${field}` : field);
  const from = Date.parse(facts.observed_from);
  const to = facts.observed_to ? Date.parse(facts.observed_to) : from;
  const limit = Date.parse(now) + FUTURE_TOLERANCE_MS;
  const earliest = Date.parse(EARLIEST_OBSERVATION);
  if (Number.isNaN(from)) throw new InvalidInputError(at('observed_at.start'), 'is not a date-time', { code: 'invalid_date_time' });
  if (from < earliest) throw new InvalidInputError(at('observed_at.start'), 'is before 1900', { code: 'before_1900' });
  if (from > limit) throw new InvalidInputError(at('observed_at.start'), 'is more than 5 minutes in the future', { code: 'in_future' });
  if (Number.isNaN(to)) throw new InvalidInputError(at('observed_at.end'), 'is not a date-time', { code: 'invalid_date_time' });
  if (to > limit) throw new InvalidInputError(at('observed_at.end'), 'is more than 5 minutes in the future', { code: 'in_future' });
  if (to < from) throw new InvalidInputError(at('observed_at.end'), 'is before the start', { code: 'before_start' });
  checkCoordinate(facts.latitude, -90, 90, at('point.latitude'));
  checkCoordinate(facts.longitude, -180, 180, at('point.longitude'));
  if ((facts.latitude == null) !== (facts.longitude == null)) throw new InvalidInputError(at('point.longitude'), 'latitude and longitude come together', { code: 'latitude_longitude_together' });
  checkCount(facts.count, at('count'));
  for (const [field, value] of Object.entries(facts.casualties ?? {})) checkCount(value, at(`casualties.${field}`));
  const subtype = subtypeError(facts.kind, facts.subtype);
  if (subtype) throw new InvalidInputError(at('subtype'), subtype);
}

function checkCoordinate(value: number | null | undefined, min: number, max: number, path: string): void {
  if (value == null) return;
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new InvalidInputError(path, 'must be a number', { code: 'invalid_type', params: { expected: 'number' } });
  if (value < min || value > max) throw new InvalidInputError(path, `must be between ${min} and ${max}`, { code: 'out_of_range', params: { minimum: min, maximum: max } });
}

function checkCount(value: number | null | undefined, path: string): void {
  if (value == null) return;
  if (!Number.isInteger(value) || value < 0) throw new InvalidInputError(path, 'must be a whole number, zero or more', { code: 'not_whole_number' });
}
