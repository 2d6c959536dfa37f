import { NotFoundError, RuleViolationError } from '../../domain/domain-error.js';
import { recordFromRow } from '../../store/record-kinds.js';
import { assertIncidentTransition } from '../../domain/incidents/incident-status.js';
import type { IncidentStatus, Ruling } from '../../domain/incidents/incident-types.js';
import type { DisputeView } from './get-disputes.js';
import { findIncidentRow } from '../../store/queries/incident-queries.js';
import { refreshContributions } from '../compliance/refresh-contributions.js';
import type { WriteContext } from '../use-case-context.js';

/** A mediator rules on a dispute: the finding is upheld or overturned, with a rationale; the incident takes the ruling as its status. */
export async function ruleDispute(ctx: WriteContext, input: { dispute_id: string; ruling: Ruling; rationale: string }): Promise<DisputeView> {
  const row = await ctx.db.selectFrom('disputes').selectAll().where('id', '=', input.dispute_id).executeTakeFirst();
  if (!row) throw new NotFoundError('dispute', input.dispute_id);
  if (row.status !== 'disputed') throw new RuleViolationError('dispute_ruled', `the dispute was already ruled ${row.status}`, 'ruling');
  const incident = await findIncidentRow(ctx.db, row.incident_id);
  assertIncidentTransition(incident!.status as IncidentStatus, input.ruling);
  const updated = await ctx.records.update('dispute', input.ruling, row.id, {
    status: input.ruling,
    ruling_rationale: input.rationale,
    ruled_by: ctx.actor.id,
    ruled_at: ctx.now,
    updated_at: ctx.now,
  });
  await ctx.records.update('incident', input.ruling, row.incident_id, { status: input.ruling, updated_at: ctx.now });
  await refreshContributions(ctx, [row.incident_id]);
  return { dispute: recordFromRow('dispute', updated), incident: { status: input.ruling } };
}
