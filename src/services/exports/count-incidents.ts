import { visibleIncidents, type IncidentFilters } from '../incidents/visible-incidents.js';
import type { ReadContext } from '../use-case-context.js';

/** How many incidents the reader may see match the filters: the same rule as the list's. */
export async function countIncidents(ctx: ReadContext, filters: IncidentFilters): Promise<number> {
  const { count } = await visibleIncidents(ctx, filters)
    .select((eb) => eb.fn.countAll<number | string>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(count);
}
