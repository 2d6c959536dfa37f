import type { Party } from '../../domain/agreement/agreement-records.js';
import { listParties } from '../../store/queries/agreement-queries.js';
import type { ReadContext } from '../use-case-context.js';

export async function getParties(ctx: ReadContext, _input: void): Promise<Party[]> {
  return listParties(ctx.db);
}
