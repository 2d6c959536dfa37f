import type { Party } from '../../domain/agreement/agreement-records.js';
import { NotFoundError } from '../../domain/domain-error.js';
import { findParty } from '../../store/queries/agreement-queries.js';
import type { ReadContext } from '../use-case-context.js';

export async function getParty(ctx: ReadContext, input: { id: string }): Promise<Party> {
  const party = await findParty(ctx.db, input.id);
  if (!party) throw new NotFoundError('party', input.id);
  return party;
}
