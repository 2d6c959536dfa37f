import type { AgreementKind, Citation } from '../../domain/agreement/agreement-types.js';
import { recordFromRow } from '../../store/record-kinds.js';
import { currentStatus } from '../../domain/agreement/agreement-lifecycle.js';
import { InvalidInputError, RuleViolationError } from '../../domain/domain-error.js';

import type { WriteContext } from '../use-case-context.js';
import type { AgreementDetail } from './agreement-detail.js';
import { checkParties } from './check-parties.js';
import { loadAgreementDetails } from './load-agreement-details.js';
import { requireAgreement } from './require-agreement.js';

export interface UpdateAgreementInput {
  id: string;
  title?: string;
  kind?: AgreementKind;
  party_ids?: string[];
  mediator_ids?: string[];
  proposed_at?: string | null;
  duration_days?: number;
  effective_at?: string | null;
  citations?: Citation[];
}

/** Editing is for drafts and proposals; once in force, only transitions change an agreement. */
export async function updateAgreement(ctx: WriteContext, input: UpdateAgreementInput): Promise<AgreementDetail> {
  const current = await requireAgreement(ctx.db, input.id);
  const status = currentStatus(current, ctx.now);
  if (status !== 'draft' && status !== 'proposed') {
    throw new RuleViolationError('edit_before_entry_into_force', `an agreement that is ${status} can change only through transitions`);
  }
  const partyIds = input.party_ids ?? current.party_ids;
  const mediatorIds = input.mediator_ids ?? current.mediator_ids;
  if (input.party_ids) await checkParties(ctx, input.party_ids, 'party_ids');
  if (input.mediator_ids) await checkParties(ctx, input.mediator_ids, 'mediator_ids');
  if (partyIds.some((p) => mediatorIds.includes(p))) throw new InvalidInputError('mediator_ids', 'a party cannot also mediate');
  if (status === 'proposed' && partyIds.length < 2) throw new InvalidInputError('party_ids', 'a proposed agreement needs at least two parties');

  const row = await ctx.records.edit('agreement', 'updated', input.id, {
    ...(input.title !== undefined ? { title: input.title } : {}),
    ...(input.kind !== undefined ? { kind: input.kind } : {}),
    ...(input.party_ids !== undefined ? { party_ids: JSON.stringify(input.party_ids) } : {}),
    ...(input.mediator_ids !== undefined ? { mediator_ids: JSON.stringify(input.mediator_ids) } : {}),
    ...(input.proposed_at !== undefined ? { proposed_at: input.proposed_at } : {}),
    ...(input.duration_days !== undefined ? { duration_days: input.duration_days } : {}),
    ...(input.effective_at !== undefined ? { effective_at: input.effective_at } : {}),
    ...(input.citations !== undefined ? { citations: JSON.stringify(input.citations) } : {}),
    updated_at: ctx.now,
  });
  const [detail] = await loadAgreementDetails(ctx.db, [recordFromRow('agreement', row)]);
  return detail!;
}
