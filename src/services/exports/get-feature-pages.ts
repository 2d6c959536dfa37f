import type { Area, AreaKind } from '../../domain/control/area.js';
import type { ControlClaim, ControlStatus } from '../../domain/control/control-types.js';
import { NotFoundError } from '../../domain/domain-error.js';
import { recordFromRow } from '../../store/record-kinds.js';
import type { Bbox } from '../control/bbox.js';
import type { ReadContext } from '../use-case-context.js';

export interface OffsetPage<T> {
  items: T[];
  matched: number;
}

export interface ControlClaimPageQuery {
  bbox?: Bbox;
  from?: string;
  to?: string;
  status?: ControlStatus;
  /** The party claimed to control the place or area. */
  party?: string;
  limit: number;
  offset: number;
}

/**
 * Control claims, oldest first, a page at a time, with the areas the claims on the page are
 * about (their polygons are the claims' geometry). A claim meets a bbox by its point, or by
 * its area's bounding box; `from`/`to` bound its as_of.
 */
export async function getControlClaimPage(ctx: ReadContext, query: ControlClaimPageQuery): Promise<OffsetPage<ControlClaim> & { areas: Area[] }> {
  let base = ctx.db.selectFrom('control_claims');
  if (query.status) base = base.where('status', '=', query.status);
  if (query.party) base = base.where('controlled_by', '=', query.party);
  if (query.from) base = base.where('as_of', '>=', query.from);
  if (query.to) base = base.where('as_of', '<=', query.to);
  if (query.bbox) {
    const [west, south, east, north] = query.bbox;
    base = base.where((eb) =>
      eb.or([
        eb.and([eb('latitude', '>=', south), eb('latitude', '<=', north), eb('longitude', '>=', west), eb('longitude', '<=', east)]),
        eb('area_id', 'in', eb.selectFrom('areas').select('areas.id').where('max_lon', '>=', west).where('min_lon', '<=', east).where('max_lat', '>=', south).where('min_lat', '<=', north)),
      ]),
    );
  }
  const { count } = await base.select((eb) => eb.fn.countAll<number | string>().as('count')).executeTakeFirstOrThrow();
  const rows = await base.selectAll().orderBy('as_of').orderBy('id').limit(query.limit).offset(query.offset).execute();
  const items = rows.map((row) => recordFromRow('control_claim', row));
  return { items, matched: Number(count), areas: await areasOf(ctx, items) };
}

export async function getControlClaimFeature(ctx: ReadContext, input: { id: string }): Promise<{ claim: ControlClaim; areas: Area[] }> {
  const row = await ctx.db.selectFrom('control_claims').selectAll().where('id', '=', input.id).executeTakeFirst();
  if (!row) throw new NotFoundError('control_claim', input.id);
  const claim = recordFromRow('control_claim', row);
  return { claim, areas: await areasOf(ctx, [claim]) };
}

async function areasOf(ctx: ReadContext, claims: ControlClaim[]): Promise<Area[]> {
  const ids = [...new Set(claims.flatMap((c) => (c.area_id ? [c.area_id] : [])))];
  if (!ids.length) return [];
  return (await ctx.db.selectFrom('areas').selectAll().where('id', 'in', ids).execute()).map((row) => recordFromRow('area', row));
}

export interface AreaPageQuery {
  bbox?: Bbox;
  kind?: AreaKind;
  limit: number;
  offset: number;
}

/** Named areas by name, a page at a time; a bbox meets an area's bounding box. */
export async function getAreaPage(ctx: ReadContext, query: AreaPageQuery): Promise<OffsetPage<Area>> {
  let base = ctx.db.selectFrom('areas');
  if (query.kind) base = base.where('kind', '=', query.kind);
  if (query.bbox) {
    const [west, south, east, north] = query.bbox;
    base = base.where('max_lon', '>=', west).where('min_lon', '<=', east).where('max_lat', '>=', south).where('min_lat', '<=', north);
  }
  const { count } = await base.select((eb) => eb.fn.countAll<number | string>().as('count')).executeTakeFirstOrThrow();
  const rows = await base.selectAll().orderBy('name').orderBy('id').limit(query.limit).offset(query.offset).execute();
  return { items: rows.map((row) => recordFromRow('area', row)), matched: Number(count) };
}
