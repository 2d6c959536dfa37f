import type { Party } from '../../domain/agreement/agreement-records.js';
import { recordFromRow } from '../../store/record-kinds.js';
import type { PartyKind } from '../../domain/agreement/agreement-types.js';
import { ConflictError } from '../../domain/domain-error.js';

import { newId } from '../new-id.js';
import type { WriteContext } from '../use-case-context.js';

export interface CreatePartyInput {
  /** Fixed ids are for scenario data loaded more than once; the API never sends one. */
  id?: string;
  name: string;
  kind: PartyKind;
  aliases?: string[];
}

export async function createParty(ctx: WriteContext, input: CreatePartyInput): Promise<Party> {
  const clash = await ctx.db.selectFrom('parties').select('id').where('name', '=', input.name).executeTakeFirst();
  if (clash) throw new ConflictError(`a party named "${input.name}" already exists (${clash.id})`, 'name');
  const row = await ctx.records.insert('party', 'created', {
    id: input.id ?? newId(),
    name: input.name,
    kind: input.kind,
    aliases: JSON.stringify(input.aliases ?? []),
    created_at: ctx.now,
    updated_at: ctx.now,
  });
  return recordFromRow('party', row);
}
