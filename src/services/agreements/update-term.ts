import type { Term } from '../../domain/agreement/agreement-records.js';
import { recordFromRow } from '../../store/record-kinds.js';
import type { TermCategory, TermStatus } from '../../domain/agreement/agreement-types.js';
import { InvalidInputError, NotFoundError } from '../../domain/domain-error.js';
import { findTerm } from '../../store/queries/agreement-queries.js';

import type { WriteContext } from '../use-case-context.js';
import { requireAgreement } from './require-agreement.js';

export interface UpdateTermInput {
  agreement_id: string;
  term_id: string;
  text?: string;
  category?: TermCategory;
  applies_to?: string[];
  status?: TermStatus;
  verification_method?: string | null;
}

export async function updateTerm(ctx: WriteContext, input: UpdateTermInput): Promise<Term> {
  const agreement = await requireAgreement(ctx.db, input.agreement_id);
  const term = await findTerm(ctx.db, agreement.id, input.term_id);
  if (!term) throw new NotFoundError('term', input.term_id);
  input.applies_to?.forEach((partyId, i) => {
    if (!agreement.party_ids.includes(partyId)) throw new InvalidInputError(`applies_to.${i}`, `${partyId} is not a party to this agreement`);
  });
  const row = await ctx.records.edit('term', 'updated', term.id, {
    ...(input.text !== undefined ? { text: input.text } : {}),
    ...(input.category !== undefined ? { category: input.category } : {}),
    ...(input.applies_to !== undefined ? { applies_to: JSON.stringify(input.applies_to) } : {}),
    ...(input.status !== undefined ? { status: input.status } : {}),
    ...(input.verification_method !== undefined ? { verification_method: input.verification_method } : {}),
    updated_at: ctx.now,
  });
  return recordFromRow('term', row);
}
