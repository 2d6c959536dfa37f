import { cellToParent, latLngToCell } from 'h3-js';
import type { IncidentStatus } from '../../domain/incidents/incident-types.js';
import { audienceOf } from '../../domain/monitoring/monitoring-visibility.js';
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
 * Counts of the incidents the actor may see, per H3 cell at `resolution` (at most the stored cell's). The database
 * groups by the stored cell (resolution 7, of the exact point) and the service rolls the
 * groups up to their parents. A reader who may not see the exact point of a sensitive
 * incident gets it counted in the cell of the rounded point they are shown, so that no
 * count reveals more than the list would.
 */
export async function aggregateIncidents(ctx: ReadContext, input: IncidentFilters & { resolution: number }): Promise<IncidentAggregate> {
  const staff = audienceOf(ctx.actor).kind === 'staff';
  const exact = await visibleIncidents(ctx, input)
    .$if(!staff, (q) => q.where('location_sensitive', '=', 0))
    .select((eb) => ['h3_cell', 'status', 'attributed_party_id', 'synthetic', eb.fn.countAll<number>().as('n')])
    .groupBy(['h3_cell', 'status', 'attributed_party_id', 'synthetic'])
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
  for (const group of exact) add(cellToParent(group.h3_cell, input.resolution), group);
  if (!staff) {
    const rounded = await visibleIncidents(ctx, input)
      .where('location_sensitive', '=', 1)
      .select((eb) => ['latitude', 'longitude', 'status', 'attributed_party_id', 'synthetic', eb.fn.countAll<number>().as('n')])
      .groupBy(['latitude', 'longitude', 'status', 'attributed_party_id', 'synthetic'])
      .execute();
    for (const group of rounded) add(latLngToCell(group.latitude, group.longitude, input.resolution), group);
  }
  const list = [...cells.values()].sort((a, b) => b.count - a.count || (a.cell < b.cell ? -1 : 1));
  return { resolution: input.resolution, total: list.reduce((n, c) => n + c.count, 0), cells: list };
}
