import { applyTransition, currentStatus, type TransitionRequest } from '../../domain/agreement/agreement-lifecycle.js';
import { recordFromRow } from '../../store/record-kinds.js';
import type { PositionState } from '../../domain/agreement/agreement-types.js';
import { listPositions } from '../../store/queries/agreement-queries.js';

import { refreshContributions } from '../compliance/refresh-contributions.js';
import { takeBaseline } from '../control/take-baseline.js';
import { newId } from '../new-id.js';
import type { WriteContext } from '../use-case-context.js';
import type { AgreementDetail } from './agreement-detail.js';
import { loadAgreementDetails } from './load-agreement-details.js';
import { requireAgreement } from './require-agreement.js';

const SPAN_CHANGES: readonly string[] = ['in_force', 'extended', 'collapsed', 'superseded'];

export interface TransitionAgreementInput extends TransitionRequest {
  id: string;
}

/** Moves an agreement along its lifecycle; the domain decides whether the move is allowed. */
export async function transitionAgreement(ctx: WriteContext, input: TransitionAgreementInput): Promise<AgreementDetail> {
  const agreement = await requireAgreement(ctx.db, input.id);
  const latest = new Map<string, PositionState>();
  for (const position of await listPositions(ctx.db, [agreement.id])) latest.set(position.party_id, position);

  const from = currentStatus(agreement, ctx.now);
  const outcome = applyTransition(agreement, latest, input, ctx.now);
  const extensions =
    outcome.status === 'extended'
      ? [...agreement.extensions, { expires_at: outcome.expires_at!, agreed_by: input.agreed_by ?? [], recorded_at: ctx.now, recorded_by: ctx.actor.id }]
      : agreement.extensions;

  const row = await ctx.records.update('agreement', 'transitioned', agreement.id, {
    status: outcome.status,
    effective_at: outcome.effective_at,
    expires_at: outcome.expires_at,
    proposed_at: outcome.status === 'proposed' ? (agreement.proposed_at ?? ctx.now) : agreement.proposed_at,
    extensions: JSON.stringify(extensions),
    updated_at: ctx.now,
  });
  await ctx.records.insert('agreement_transition', 'recorded', {
    id: newId(),
    agreement_id: agreement.id,
    from_status: from,
    to_status: outcome.status,
    at: ctx.now,
    actor: ctx.actor.id,
    reason: input.reason ?? null,
    details: JSON.stringify({
      effective_at: outcome.effective_at,
      expires_at: outcome.expires_at,
      ...(input.agreed_by ? { agreed_by: input.agreed_by } : {}),
    }),
  });
  if (outcome.status === 'in_force') await takeBaseline(ctx, { id: agreement.id, effective_at: outcome.effective_at! });
  // Entry into force, an extension or an end moves the span in force: what counts as a violation moves with it.
  if (SPAN_CHANGES.includes(outcome.status)) {
    const incidents = await ctx.db.selectFrom('incidents').select('id').where('agreement_id', '=', agreement.id).execute();
    await refreshContributions(ctx, incidents.map((i) => i.id));
  }
  const [detail] = await loadAgreementDetails(ctx.db, [recordFromRow('agreement', row)]);
  return detail!;
}
