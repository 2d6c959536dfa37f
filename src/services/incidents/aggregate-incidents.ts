import { cellToParent, latLngToCell } from 'h3-js';
import { sql } from 'kysely';
import type { IncidentStatus } from '../../domain/incidents/incident-types.js';
import { incidentPolicy } from '../../domain/policy/disclosure/incident-policy.js';
import { seesByRole } from '../../domain/policy/visibility-filter.js';
import type { ReadContext } from '../use-case-context.js';
import { visibleIncidents, type IncidentFilters } from './visible-incidents.js';

/** Incidents with no attributed party are counted under this key. */
export const UNATTRIBUTED = 'none';

export interface AggregateCell {
  cell: string;
  count: number;
  by_status: Partial<Record<IncidentStatus, number>>;
  /** Keyed by party id, or `none` for incidents not (yet) attributed. */
  by_party: Record<string, number>;
  /** How many of them are made only of synthetic demo reports. */
  synthetic: number;
}

export interface IncidentAggregate {
  resolution: number;
  total: number;
  cells: AggregateCell[];
}

interface Group {
  status: string;
  attributed_party_id: string | null;
  synthetic: number;
  n: number | string | bigint;
}

/**
 * How many leading hex digits of a stored cell (resolution 7, 15 hex digits) fix its parent at
 * `resolution`: the mode, the resolution, the base cell (7 bits) and three bits per level, from
 * bit 59 down. Grouping by that prefix lets the database roll cells up, so that it returns about
 * one row per parent rather than one per stored cell.
 */
export function parentPrefixLength(resolution: number): number {
  return Math.ceil((15 + 3 * resolution) / 4);
}

/**
 * Counts of the incidents the actor may see, per H3 cell at `resolution` (at most the stored cell's). The database
 * groups by the stored cell's parent (the cell is of the exact point) and the service names
 * each group's parent cell. A reader who may not see the exact point of a sensitive
 * incident gets it counted in the cell of the rounded point they are shown, so that no
 * count reveals more than the list would.
 */
export async function aggregateIncidents(ctx: ReadContext, input: IncidentFilters & { resolution: number }): Promise<IncidentAggregate> {
  const exact = seesByRole(incidentPolicy, 'location', ctx.actor, true);
  const prefix = sql<string>`substr(h3_cell, 1, ${parentPrefixLength(input.resolution)})`;
  // Sensitive incidents are grouped by the rounded point too, so that the public's cells come from it.
  const shownLatitude = sql<number>`case when location_sensitive = 1 then latitude end`;
  const shownLongitude = sql<number>`case when location_sensitive = 1 then longitude end`;
  const groups = await visibleIncidents(ctx, input, { scan: true })
    .select((eb) => [
      eb.fn.min('h3_cell').as('h3_cell'),
      eb.fn.min('latitude').as('latitude'),
      eb.fn.min('longitude').as('longitude'),
      'location_sensitive',
      'status',
      'attributed_party_id',
      'synthetic',
      eb.fn.countAll<number>().as('n'),
    ])
    .groupBy([prefix, 'status', 'attributed_party_id', 'synthetic', 'location_sensitive', shownLatitude, shownLongitude])
    .execute();
  const cells = new Map<string, AggregateCell>();
  const add = (cell: string, group: Group) => {
    let entry = cells.get(cell);
    if (!entry) {
      entry = { cell, count: 0, by_status: {}, by_party: {}, synthetic: 0 };
      cells.set(cell, entry);
    }
    const n = Number(group.n);
    const status = group.status as IncidentStatus;
    const party = group.attributed_party_id ?? UNATTRIBUTED;
    entry.count += n;
    entry.by_status[status] = (entry.by_status[status] ?? 0) + n;
    entry.by_party[party] = (entry.by_party[party] ?? 0) + n;
    if (group.synthetic) entry.synthetic += n;
  };
  for (const group of groups) {
    const rounded = !exact && group.location_sensitive === 1;
    add(rounded ? latLngToCell(Number(group.latitude), Number(group.longitude), input.resolution) : cellToParent(group.h3_cell, input.resolution), group);
  }
  const list = [...cells.values()].sort((a, b) => b.count - a.count || (a.cell < b.cell ? -1 : 1));
  return { resolution: input.resolution, total: list.reduce((n, c) => n + c.count, 0), cells: list };
}
