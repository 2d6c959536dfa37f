import type { ControlClaim } from '../../domain/control/control-types.js';
import { recordFromRow } from '../../store/record-kinds.js';
import { InvalidInputError } from '../../domain/domain-error.js';

import type { ReadContext } from '../use-case-context.js';

export interface GetControlTimelineInput {
  geonames_id?: number | undefined;
  area_id?: string | undefined;
}

/** A place's or an area's history: every claim and assessment in time order. */
export async function getControlTimeline(ctx: ReadContext, input: GetControlTimelineInput): Promise<ControlClaim[]> {
  if ((input.geonames_id === undefined) === (input.area_id === undefined)) {
    throw new InvalidInputError('query.geonames_id', 'give exactly one of geonames_id and area_id');
  }
  let query = ctx.db.selectFrom('control_claims').selectAll();
  query = input.area_id !== undefined ? query.where('area_id', '=', input.area_id) : query.where('geonames_id', '=', input.geonames_id!);
  return (await query.orderBy('as_of').orderBy('log_index').execute()).map((row) => recordFromRow('control_claim', row));
}
