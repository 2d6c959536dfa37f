import type { AgreementKind, Citation } from '../../domain/agreement/agreement-types.js';
import { recordFromRow } from '../../store/record-kinds.js';
import { InvalidInputError } from '../../domain/domain-error.js';

import { newId } from '../new-id.js';
import type { WriteContext } from '../use-case-context.js';
import { checkParties } from './check-parties.js';
import { loadAgreementDetails } from './load-agreement-details.js';
import type { AgreementDetail } from './agreement-detail.js';

export interface CreateAgreementInput {
  id?: string;
  title: string;
  kind: AgreementKind;
  party_ids: string[];
  mediator_ids?: string[];
  proposed_at?: string | null;
  duration_days: number;
  effective_at?: string | null;
  citations?: Citation[];
  synthetic?: boolean;
}

/** Records a new agreement as a draft; it moves on only through transitions. */
export async function createAgreement(ctx: WriteContext, input: CreateAgreementInput): Promise<AgreementDetail> {
  const mediatorIds = input.mediator_ids ?? [];
  await checkParties(ctx, input.party_ids, 'party_ids');
  await checkParties(ctx, mediatorIds, 'mediator_ids');
  const both = input.party_ids.filter((p) => mediatorIds.includes(p));
  if (both.length > 0) throw new InvalidInputError('mediator_ids', `a party cannot also mediate: ${both.join(', ')}`);

  const row = await ctx.records.insert('agreement', 'created', {
    id: input.id ?? newId(),
    title: input.title,
    kind: input.kind,
    status: 'draft',
    party_ids: JSON.stringify(input.party_ids),
    mediator_ids: JSON.stringify(mediatorIds),
    proposed_at: input.proposed_at ?? null,
    duration_days: input.duration_days,
    effective_at: input.effective_at ?? null,
    expires_at: null,
    citations: JSON.stringify(input.citations ?? []),
    extensions: JSON.stringify([]),
    synthetic: input.synthetic ? 1 : 0,
    created_at: ctx.now,
    updated_at: ctx.now,
  });
  const [detail] = await loadAgreementDetails(ctx.db, [recordFromRow('agreement', row)]);
  return detail!;
}
