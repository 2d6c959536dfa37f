import type { TFunction } from 'i18next';
import type { FieldErrors } from './field-errors.js';
import { checkDraft, EMPTY_DRAFT, type ReportDraft } from './report-draft.js';

/**
 * The contract's paths (as the API's error details name them) whose errors each input
 * answers for. A place's own sub-paths are all the one chosen place; the point's
 * "choose a location" error is answered by a place as much as by the coordinates.
 */
const FIELD_PATHS: Record<keyof ReportDraft, readonly string[]> = {
  kind: ['kind'],
  subtype: ['subtype'],
  start: ['observed_at.start', 'observed_at'],
  end: ['observed_at.end', 'observed_at'],
  time_precision: ['time_precision'],
  latitude: ['point.latitude', 'point'],
  longitude: ['point.longitude', 'point'],
  place: ['place', 'point', 'point.latitude', 'point.longitude'],
  geo_precision: ['geo_precision'],
  location_sensitive: ['location_sensitive'],
  count: ['count'],
  weapon: ['weapon'],
  civilian_killed: ['casualties.civilian_killed'],
  civilian_injured: ['casualties.civilian_injured'],
  military_killed: ['casualties.military_killed'],
  military_injured: ['casualties.military_injured'],
  narrative: ['narrative'],
  source_id: ['source_id'],
  channel: ['channel'],
  reliability: ['reliability'],
  credibility: ['credibility'],
  agreement: ['agreement_id'],
};

const answersFor = (keys: readonly (keyof ReportDraft)[], path: string) => {
  const field = path.startsWith('place.') ? 'place' : path;
  return keys.some((key) => FIELD_PATHS[key].includes(field));
};

/**
 * The errors to show once the inputs `keys` hold new values: theirs judged again against
 * the contract, so a corrected field loses its error at once and a still-wrong one says
 * what is wrong now. While typing (`reveal` false) no new error appears; on leaving a field
 * the monitor has filled in, its errors are shown. Other fields' errors are left as they are.
 */
export function recheckFields(shown: FieldErrors, draft: ReportDraft, keys: readonly (keyof ReportDraft)[], t: TFunction, reveal: boolean): FieldErrors {
  const fresh = checkDraft(draft, t).errors ?? {};
  const next: FieldErrors = {};
  for (const [path, message] of Object.entries(shown)) {
    if (!answersFor(keys, path)) next[path] = message;
    else if (fresh[path] !== undefined) next[path] = fresh[path];
  }
  const filled = keys.filter((key) => draft[key] !== EMPTY_DRAFT[key]);
  if (reveal) for (const [path, message] of Object.entries(fresh)) if (answersFor(filled, path)) next[path] = message;
  return next;
}
