import type { Agreement } from '../../domain/agreement/agreement-records.js';
import { recordFromRow } from '../../store/record-kinds.js';
import { baselinePlace } from '../../domain/control/territorial-change.js';

import { newId } from '../new-id.js';
import type { WriteContext } from '../use-case-context.js';
import { getControlAt } from './get-control-at.js';
import { openTerritorialChanges } from './open-territorial-changes.js';

/**
 * Snapshots assessed control at the agreement's effective_at for every place and
 * area with a claim, and logs it: every later change is measured against it.
 * Assessments already recorded for times after effective_at (entry into force is
 * often recorded late) are then measured against it, oldest first.
 */
export async function takeBaseline(ctx: WriteContext, agreement: Pick<Agreement, 'id'> & { effective_at: string }): Promise<void> {
  const places = (await getControlAt(ctx, { at: agreement.effective_at })).map(baselinePlace);
  await ctx.records.insert('agreement_baseline', 'taken', {
    id: newId(),
    agreement_id: agreement.id,
    effective_at: agreement.effective_at,
    places: JSON.stringify(places),
    taken_at: ctx.now,
  });
  const later = await ctx.db
    .selectFrom('control_claims')
    .selectAll()
    .where('basis', '=', 'assessed')
    .where('as_of', '>', agreement.effective_at)
    .orderBy('as_of')
    .orderBy('log_index')
    .execute();
  for (const row of later) await openTerritorialChanges(ctx, recordFromRow('control_claim', row), { agreementId: agreement.id });
}
