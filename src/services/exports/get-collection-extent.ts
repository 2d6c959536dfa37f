import { visibleIncidents } from '../incidents/visible-incidents.js';
import type { ReadContext } from '../use-case-context.js';

/** Where and when a collection's features lie; null where it has none, or no time. */
export interface CollectionExtent {
  bbox: [number, number, number, number] | null;
  interval: [string | null, string | null] | null;
}

type Bounds = { west: number | null; south: number | null; east: number | null; north: number | null };

const box = (b: Bounds): CollectionExtent['bbox'] => (b.west === null || b.south === null || b.east === null || b.north === null ? null : [Number(b.west), Number(b.south), Number(b.east), Number(b.north)]);

/**
 * The extent of the incidents the reader may see, from the points everyone is shown (rounded
 * where the place is sensitive), so that the extent never gives away a point a reader is not shown.
 */
export async function getIncidentExtent(ctx: ReadContext): Promise<CollectionExtent> {
  const row = await visibleIncidents(ctx, {}, { scan: true })
    .select((eb) => [
      eb.fn.min<number | null>('longitude').as('west'),
      eb.fn.min<number | null>('latitude').as('south'),
      eb.fn.max<number | null>('longitude').as('east'),
      eb.fn.max<number | null>('latitude').as('north'),
      eb.fn.min<string | null>('first_observed_at').as('start'),
      eb.fn.max<string | null>('last_observed_at').as('end'),
    ])
    .executeTakeFirstOrThrow();
  return { bbox: box(row), interval: row.start === null ? null : [row.start, row.end] };
}

/** Control claims: their points and the areas they are about; their as_of dates. */
export async function getControlClaimExtent(ctx: ReadContext): Promise<CollectionExtent> {
  const points = await ctx.db
    .selectFrom('control_claims')
    .select((eb) => [
      eb.fn.min<number | null>('longitude').as('west'),
      eb.fn.min<number | null>('latitude').as('south'),
      eb.fn.max<number | null>('longitude').as('east'),
      eb.fn.max<number | null>('latitude').as('north'),
      eb.fn.min<string | null>('as_of').as('start'),
      eb.fn.max<string | null>('as_of').as('end'),
    ])
    .executeTakeFirstOrThrow();
  const areas = await areaBounds(ctx, true);
  const merged = [box(points), box(areas)].filter((b): b is [number, number, number, number] => b !== null);
  const bbox = merged.length
    ? ([Math.min(...merged.map((b) => b[0])), Math.min(...merged.map((b) => b[1])), Math.max(...merged.map((b) => b[2])), Math.max(...merged.map((b) => b[3]))] as [number, number, number, number])
    : null;
  return { bbox, interval: points.start === null ? null : [points.start, points.end] };
}

/** Areas: their bounding boxes; areas have no time. */
export async function getAreaExtent(ctx: ReadContext): Promise<CollectionExtent> {
  return { bbox: box(await areaBounds(ctx, false)), interval: null };
}

async function areaBounds(ctx: ReadContext, claimedOnly: boolean): Promise<Bounds> {
  let query = ctx.db.selectFrom('areas');
  if (claimedOnly) query = query.where('id', 'in', (eb) => eb.selectFrom('control_claims').select('area_id').where('area_id', 'is not', null).$narrowType<{ area_id: string }>());
  return query
    .select((eb) => [eb.fn.min<number | null>('min_lon').as('west'), eb.fn.min<number | null>('min_lat').as('south'), eb.fn.max<number | null>('max_lon').as('east'), eb.fn.max<number | null>('max_lat').as('north')])
    .executeTakeFirstOrThrow();
}
