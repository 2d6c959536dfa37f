import type { ControlClaim } from '../../domain/control/control-types.js';
import { recordFromRow } from '../../store/record-kinds.js';

import type { ReadContext } from '../use-case-context.js';

export async function getControlClaims(ctx: ReadContext, input: { geonames_id?: number | undefined }): Promise<ControlClaim[]> {
  let query = ctx.db.selectFrom('control_claims').selectAll().orderBy('as_of').orderBy('log_index');
  if (input.geonames_id !== undefined) query = query.where('geonames_id', '=', input.geonames_id);
  return (await query.execute()).map((row) => recordFromRow('control_claim', row));
}
