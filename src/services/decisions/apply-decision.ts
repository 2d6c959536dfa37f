import { statusAfterApprovals } from '../../domain/incidents/four-eyes.js';
import { assertIncidentTransition } from '../../domain/incidents/incident-status.js';
import type { Decision, IncidentStatus } from '../../domain/incidents/incident-types.js';
import type { WriteContext } from '../use-case-context.js';

/**
 * Moves the incident as far as the decision's approvals allow: to the outcome when
 * they suffice (four eyes for verified), else to under_review. Returns whether the
 * decision is adopted.
 */
export async function applyDecision(ctx: WriteContext, incident: { id: string; status: string }, decision: Decision, submitters: ReadonlySet<string>): Promise<boolean> {
  const current = incident.status as IncidentStatus;
  const next = statusAfterApprovals(current, decision, submitters);
  if (next === null) {
    if (current !== 'under_review') {
      assertIncidentTransition(current, 'under_review');
      await ctx.records.update('incident', 'under_review', incident.id, { status: 'under_review', updated_at: ctx.now });
    }
    return false;
  }
  const attribution = next === 'verified' ? { attributed_party_id: decision.attributed_party_id, attribution_confidence: decision.attribution_confidence } : {};
  await ctx.records.update('incident', next, incident.id, { status: next, ...attribution, updated_at: ctx.now });
  return true;
}
