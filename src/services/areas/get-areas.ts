import type { Area } from '../../domain/control/area.js';
import { recordFromRow } from '../../store/record-kinds.js';

import type { ReadContext } from '../use-case-context.js';
import type { Bbox } from '../control/bbox.js';

/** Areas, optionally only those whose bounding box meets `bbox`. */
export async function getAreas(ctx: ReadContext, input: { bbox?: Bbox | undefined }): Promise<Area[]> {
  let query = ctx.db.selectFrom('areas').selectAll().orderBy('name');
  if (input.bbox) {
    const [west, south, east, north] = input.bbox;
    query = query.where('max_lon', '>=', west).where('min_lon', '<=', east).where('max_lat', '>=', south).where('min_lat', '<=', north);
  }
  return (await query.execute()).map((row) => recordFromRow('area', row));
}
