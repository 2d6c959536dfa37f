import type { Party } from '../../domain/agreement/agreement-records.js';
import { recordFromRow } from '../../store/record-kinds.js';
import type { PartyKind } from '../../domain/agreement/agreement-types.js';
import { ConflictError, NotFoundError } from '../../domain/domain-error.js';
import { findParty } from '../../store/queries/agreement-queries.js';

import type { WriteContext } from '../use-case-context.js';

export interface UpdatePartyInput {
  id: string;
  name?: string;
  kind?: PartyKind;
  aliases?: string[];
}

export async function updateParty(ctx: WriteContext, input: UpdatePartyInput): Promise<Party> {
  const current = await findParty(ctx.db, input.id);
  if (!current) throw new NotFoundError('party', input.id);
  if (input.name !== undefined && input.name !== current.name) {
    const clash = await ctx.db.selectFrom('parties').select('id').where('name', '=', input.name).executeTakeFirst();
    if (clash) throw new ConflictError(`a party named "${input.name}" already exists (${clash.id})`, 'name');
  }
  const row = await ctx.records.edit('party', 'updated', input.id, {
    ...(input.name !== undefined ? { name: input.name } : {}),
    ...(input.kind !== undefined ? { kind: input.kind } : {}),
    ...(input.aliases !== undefined ? { aliases: JSON.stringify(input.aliases) } : {}),
    updated_at: ctx.now,
  });
  return recordFromRow('party', row);
}
