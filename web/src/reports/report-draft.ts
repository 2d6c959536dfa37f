import type { TFunction } from 'i18next';
import { z } from 'zod';
import { placeResponse } from '@contract/places/place-schema.js';
import { reportBody } from '@contract/reports/report-schema.js';
import { fieldErrors, type FieldErrors } from './field-errors.js';

/** The draft's agreement when the monitor says the report counts against none. */
export const NO_AGREEMENT = 'none';

/**
 * The form as typed: strings, as inputs hold them, until they are turned into the contract's body.
 * A schema, so that a draft kept in the tab's storage is checked before it is restored.
 */
export const reportDraft = z.object({
  kind: z.string(),
  subtype: z.string(),
  start: z.string(),
  end: z.string(),
  time_precision: z.string(),
  latitude: z.string(),
  longitude: z.string(),
  place: placeResponse.nullable(),
  geo_precision: z.string(),
  location_sensitive: z.boolean(),
  count: z.string(),
  weapon: z.string(),
  civilian_killed: z.string(),
  civilian_injured: z.string(),
  military_killed: z.string(),
  military_injured: z.string(),
  narrative: z.string(),
  source_id: z.string(),
  channel: z.string(),
  reliability: z.string(),
  credibility: z.string(),
  /** '' for the agreement of the report's time, `NO_AGREEMENT`, or an agreement's id. */
  agreement: z.string(),
});

export type ReportDraft = z.infer<typeof reportDraft>;

export const EMPTY_DRAFT: ReportDraft = {
  kind: '',
  subtype: '',
  start: '',
  end: '',
  time_precision: 'exact',
  latitude: '',
  longitude: '',
  place: null,
  geo_precision: 'exact',
  location_sensitive: false,
  count: '',
  weapon: '',
  civilian_killed: '',
  civilian_injured: '',
  military_killed: '',
  military_injured: '',
  narrative: '',
  source_id: '',
  channel: 'monitor',
  reliability: '',
  credibility: '',
  agreement: '',
};

export type ReportBody = z.input<typeof reportBody>;

/** An input's number: empty is absent; anything else is left for the contract to judge. */
const numberOrNull = (value: string): number | null => (value.trim() === '' ? null : Number(value));
const textOrNull = (value: string): string | null => (value.trim() === '' ? null : value);

/** A datetime-local value is the reader's local time; the API takes an instant with a zone. */
export function localToIso(value: string): string | undefined {
  if (!value) return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : date.toISOString();
}

/** The reader's current minute as a datetime-local input holds it: local time, no zone, no seconds. */
export function localNow(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}T${pad(now.getHours())}:${pad(now.getMinutes())}`;
}

/** Whether nothing has been typed or chosen yet: such a draft is neither kept nor restored. */
export function isEmptyDraft(draft: ReportDraft): boolean {
  return (Object.keys(EMPTY_DRAFT) as (keyof ReportDraft)[]).every((key) => draft[key] === EMPTY_DRAFT[key]);
}

export function toReportBody(draft: ReportDraft): Record<string, unknown> {
  const hasPoint = draft.latitude.trim() !== '' || draft.longitude.trim() !== '';
  return {
    kind: draft.kind || undefined,
    subtype: draft.subtype || null,
    observed_at: { start: localToIso(draft.start), end: draft.end ? localToIso(draft.end) : null },
    time_precision: draft.time_precision,
    point: hasPoint ? { latitude: numberOrNull(draft.latitude) ?? undefined, longitude: numberOrNull(draft.longitude) ?? undefined } : null,
    place: draft.place ? { name: draft.place.name, country: draft.place.country, geonames_id: draft.place.geonames_id } : null,
    geo_precision: draft.geo_precision,
    location_sensitive: draft.location_sensitive,
    count: numberOrNull(draft.count),
    weapon: textOrNull(draft.weapon),
    casualties: {
      civilian_killed: numberOrNull(draft.civilian_killed),
      civilian_injured: numberOrNull(draft.civilian_injured),
      military_killed: numberOrNull(draft.military_killed),
      military_injured: numberOrNull(draft.military_injured),
    },
    narrative: textOrNull(draft.narrative),
    source_id: draft.source_id || undefined,
    channel: draft.channel || undefined,
    reliability: draft.reliability || null,
    credibility: numberOrNull(draft.credibility),
    // Left out, the server links the agreement whose window covers the report's time.
    ...(draft.agreement === '' ? {} : { agreement_id: draft.agreement === NO_AGREEMENT ? null : draft.agreement }),
  };
}

/**
 * Checks the draft against the API's own schema, as the server will: the body to send,
 * or the messages to show beside each field. A report needs a place or a point.
 */
export function checkDraft(draft: ReportDraft, t: TFunction): { body: ReportBody; errors: null } | { body: null; errors: FieldErrors } {
  const candidate = toReportBody(draft);
  const parsed = reportBody.safeParse(candidate);
  const errors: FieldErrors = parsed.success ? {} : fieldErrors(parsed.error, t);
  if (candidate.point === null && candidate.place === null) errors.point = t('field.location');
  if (draft.start && Number.isNaN(new Date(draft.start).getTime())) errors['observed_at.start'] = t('field.dateTime');
  if (Object.keys(errors).length > 0) return { body: null, errors };
  return { body: candidate as ReportBody, errors: null };
}
