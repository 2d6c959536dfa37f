import { controlAt, type PlaceControl } from '../../domain/control/control-at.js';
import { recordFromRow } from '../../store/record-kinds.js';

import type { ReadContext } from '../use-case-context.js';
import type { Bbox } from './bbox.js';

export interface GetControlAtInput {
  at: string;
  bbox?: Bbox | undefined;
}

/** Assessed control at a moment, place by place, with the claims made since listed beside it. */
export async function getControlAt(ctx: ReadContext, input: GetControlAtInput): Promise<PlaceControl[]> {
  let query = ctx.db.selectFrom('control_claims').selectAll().where('as_of', '<=', input.at);
  if (input.bbox) {
    const [west, south, east, north] = input.bbox;
    query = query.where((eb) =>
      eb.or([
        eb.and([eb('longitude', '>=', west), eb('longitude', '<=', east), eb('latitude', '>=', south), eb('latitude', '<=', north)]),
        eb(
          'area_id',
          'in',
          eb.selectFrom('areas').select('id').where('max_lon', '>=', west).where('min_lon', '<=', east).where('max_lat', '>=', south).where('min_lat', '<=', north),
        ),
      ]),
    );
  }
  const claims = (await query.orderBy('as_of').orderBy('log_index').execute()).map((row) => recordFromRow('control_claim', row));
  return controlAt(claims, input.at).sort((a, b) => a.place_name.localeCompare(b.place_name));
}
