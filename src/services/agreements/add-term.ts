import type { Term } from '../../domain/agreement/agreement-records.js';
import { recordFromRow } from '../../store/record-kinds.js';
import type { TermCategory, TermStatus } from '../../domain/agreement/agreement-types.js';
import { ConflictError, InvalidInputError } from '../../domain/domain-error.js';

import { newId } from '../new-id.js';
import type { WriteContext } from '../use-case-context.js';
import { requireAgreement } from './require-agreement.js';

export interface AddTermInput {
  agreement_id: string;
  id?: string;
  code: string;
  text: string;
  category: TermCategory;
  applies_to: string[];
  proposed_by?: string | null;
  status: TermStatus;
  verification_method?: string | null;
}

export async function addTerm(ctx: WriteContext, input: AddTermInput): Promise<Term> {
  const agreement = await requireAgreement(ctx.db, input.agreement_id);
  input.applies_to.forEach((partyId, i) => {
    if (!agreement.party_ids.includes(partyId)) throw new InvalidInputError(`applies_to.${i}`, `${partyId} is not a party to this agreement`);
  });
  if (input.proposed_by && !agreement.party_ids.includes(input.proposed_by) && !agreement.mediator_ids.includes(input.proposed_by)) {
    throw new InvalidInputError('proposed_by', `${input.proposed_by} is neither a party nor a mediator of this agreement`);
  }
  const clash = await ctx.db.selectFrom('terms').select('id').where('agreement_id', '=', agreement.id).where('code', '=', input.code).executeTakeFirst();
  if (clash) throw new ConflictError(`this agreement already has a term ${input.code}`, 'code');
  const row = await ctx.records.insert('term', 'created', {
    id: input.id ?? newId(),
    agreement_id: agreement.id,
    code: input.code,
    text: input.text,
    category: input.category,
    applies_to: JSON.stringify(input.applies_to),
    proposed_by: input.proposed_by ?? null,
    status: input.status,
    verification_method: input.verification_method ?? null,
    created_at: ctx.now,
    updated_at: ctx.now,
  });
  return recordFromRow('term', row);
}
