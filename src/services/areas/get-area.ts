import type { Area } from '../../domain/control/area.js';
import { recordFromRow } from '../../store/record-kinds.js';
import { NotFoundError } from '../../domain/domain-error.js';

import type { ReadContext } from '../use-case-context.js';

export async function getArea(ctx: ReadContext, input: { id: string }): Promise<Area> {
  const row = await ctx.db.selectFrom('areas').selectAll().where('id', '=', input.id).executeTakeFirst();
  if (!row) throw new NotFoundError('area', input.id);
  return recordFromRow('area', row);
}
