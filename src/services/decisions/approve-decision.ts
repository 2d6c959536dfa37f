import { NotFoundError } from '../../domain/domain-error.js';
import { recordFromRow } from '../../store/record-kinds.js';
import { addApproval } from '../../domain/incidents/four-eyes.js';
import { findIncidentRow, incidentSubmitters } from '../../store/queries/incident-queries.js';

import { refreshContributions } from '../compliance/refresh-contributions.js';
import type { WriteContext } from '../use-case-context.js';
import { applyDecision } from './apply-decision.js';
import { decisionView, type DecisionView } from './decision-view.js';

/** A second verifier approves a pending decision; the four-eyes rule of the domain decides whether it takes effect. */
export async function approveDecision(ctx: WriteContext, input: { incident_id: string; decision_id: string }): Promise<DecisionView> {
  const row = await ctx.db.selectFrom('decisions').selectAll().where('id', '=', input.decision_id).where('incident_id', '=', input.incident_id).executeTakeFirst();
  if (!row) throw new NotFoundError('decision', input.decision_id);
  const incident = await findIncidentRow(ctx.db, input.incident_id);
  if (!incident) throw new NotFoundError('incident', input.incident_id);
  const submitters = await incidentSubmitters(ctx.db, incident.id);
  const current = recordFromRow('decision', row);
  const approvals = addApproval(current, { verifier: ctx.actor.id, pseudonym: ctx.records.pseudonym('decision', current.id) }, submitters, ctx.now);
  const adopted = await applyDecision(ctx, incident, { ...current, approvals }, submitters);
  const updated = await ctx.records.update('decision', adopted ? 'adopted' : 'approved', current.id, {
    approvals: JSON.stringify(approvals),
    status: adopted ? 'adopted' : 'pending',
    updated_at: ctx.now,
  });
  await refreshContributions(ctx, [incident.id]);
  return decisionView(ctx, recordFromRow('decision', updated));
}
