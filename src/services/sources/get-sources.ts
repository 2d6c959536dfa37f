import { NotFoundError } from '../../domain/domain-error.js';
import { recordFromRow } from '../../store/record-kinds.js';
import type { Source } from '../../domain/monitoring/report-types.js';

import type { ReadContext } from '../use-case-context.js';

export async function getSources(ctx: ReadContext): Promise<Source[]> {
  return (await ctx.db.selectFrom('sources').selectAll().orderBy('name').execute()).map((row) => recordFromRow('source', row));
}

export async function getSource(ctx: ReadContext, input: { id: string }): Promise<Source> {
  const row = await ctx.db.selectFrom('sources').selectAll().where('id', '=', input.id).executeTakeFirst();
  if (!row) throw new NotFoundError('source', input.id);
  return recordFromRow('source', row);
}
