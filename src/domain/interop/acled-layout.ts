/** The columns every ACLED layout has, and without which a file is not ACLED. */
export const ACLED_REQUIRED = ['event_id_cnty', 'event_date', 'event_type', 'sub_event_type', 'actor1', 'latitude', 'longitude', 'fatalities'] as const;

/** Columns read when present. */
export const ACLED_OPTIONAL = [
  'time_precision',
  'disorder_type',
  'assoc_actor_1',
  'inter1',
  'actor2',
  'assoc_actor_2',
  'inter2',
  'civilian_targeting',
  'location',
  'geo_precision',
  'source',
  'notes',
  'tags',
  'timestamp',
  'truce_kind',
] as const;

export type AcledField = (typeof ACLED_REQUIRED)[number] | (typeof ACLED_OPTIONAL)[number];

/**
 * `dyadic`: one row per event with both sides (actor1 and actor2), ACLED's current layout with
 * text actor types and the 2023 one with numeric `inter` codes alike; `monadic`: one row per
 * actor, the event's rows one after another, with no actor2.
 */
export type AcledLayout = 'dyadic' | 'monadic';

export interface AcledHeader {
  layout: AcledLayout;
  /** Where each known column is, by name; other columns are ignored. */
  columns: Partial<Record<AcledField, number>>;
  /** The header's record number among those read, so that the lines before it can be skipped. */
  at: number;
}

/** How many records before the header a file may carry (titles, notes, blank cells). */
export const ACLED_HEADER_SEARCH = 20;

/**
 * Finds the header among a file's first records: the first holding every required column, in
 * any order and case, beside any others. Without one, the columns missing from the closest
 * candidate, so that the refusal can name them.
 */
export function findAcledHeader(records: readonly string[][]): AcledHeader | { missing: string[] } {
  let closest: string[] = [...ACLED_REQUIRED];
  for (const [at, fields] of records.slice(0, ACLED_HEADER_SEARCH).entries()) {
    const names = fields.map((f) => f.trim().toLowerCase());
    const missing = ACLED_REQUIRED.filter((c) => !names.includes(c));
    if (missing.length < closest.length) closest = missing;
    if (missing.length) continue;
    const columns: Partial<Record<AcledField, number>> = {};
    for (const name of [...ACLED_REQUIRED, ...ACLED_OPTIONAL]) {
      const index = names.indexOf(name);
      if (index >= 0) columns[name] = index;
    }
    return { layout: columns.actor2 === undefined ? 'monadic' : 'dyadic', columns, at };
  }
  return { missing: closest };
}
