import { NotFoundError } from '../../domain/domain-error.js';
import type { Dispute } from '../../domain/incidents/incident-types.js';
import { audienceOf, canSeeDispute } from '../../domain/monitoring/monitoring-visibility.js';
import { disputeFromRow } from '../../store/queries/monitoring-rows.js';
import type { ReadContext } from '../use-case-context.js';

/** Disputes the actor may see: all for the mission's staff, a liaison's own party's otherwise. */
export async function getDisputes(ctx: ReadContext): Promise<Dispute[]> {
  const audience = audienceOf(ctx.actor);
  let query = ctx.db.selectFrom('disputes').selectAll();
  if (audience.kind !== 'staff') query = query.where('party_id', '=', audience.kind === 'liaison' ? (audience.partyId ?? '') : '');
  return (await query.orderBy('created_at', 'desc').orderBy('id').limit(1000).execute()).map(disputeFromRow);
}

export async function getDispute(ctx: ReadContext, input: { id: string }): Promise<Dispute> {
  const row = await ctx.db.selectFrom('disputes').selectAll().where('id', '=', input.id).executeTakeFirst();
  if (!row || !canSeeDispute(ctx.actor, row)) throw new NotFoundError('dispute', input.id);
  return disputeFromRow(row);
}
