import { InvalidInputError, NotFoundError } from '../../domain/domain-error.js';
import { recordFromRow } from '../../store/record-kinds.js';
import { addApproval } from '../../domain/incidents/four-eyes.js';
import { assertIncidentTransition } from '../../domain/incidents/incident-status.js';
import type { IncidentStatus } from '../../domain/incidents/incident-types.js';
import { findParty } from '../../store/queries/agreement-queries.js';
import { findIncidentRow, incidentSubmitters } from '../../store/queries/incident-queries.js';

import { newId } from '../new-id.js';
import { refreshContributions } from '../compliance/refresh-contributions.js';
import type { WriteContext } from '../use-case-context.js';
import { applyDecision } from './apply-decision.js';
import type { DecisionInput } from './decision-input.js';
import { decisionView, type DecisionView } from './decision-view.js';

/**
 * A verifier records a decision on an incident; the proposer's own approval is the
 * first. Unconfirmed and refuted take effect at once; verified waits for a second,
 * independent verifier. A new decision supersedes one still pending.
 */
export async function proposeDecision(ctx: WriteContext, input: DecisionInput): Promise<DecisionView> {
  const incident = await findIncidentRow(ctx.db, input.incident_id);
  if (!incident || incident.merged_into) throw new NotFoundError('incident', input.incident_id);
  let status = incident.status as IncidentStatus;
  // A closed finding can be reopened by a new decision; a verified one only through a dispute.
  if (status !== 'reported' && status !== 'under_review') assertIncidentTransition(status, 'under_review');
  if (input.outcome === 'verified' && !input.attribution) throw new InvalidInputError('attribution', 'a verified finding attributes the incident to a party, or says it is not attributable');
  if (input.attribution?.party_id && !(await findParty(ctx.db, input.attribution.party_id))) throw new InvalidInputError('attribution.party_id', `unknown party ${input.attribution.party_id}`);
  const terms = input.terms_breached ?? [];
  if (terms.length > 0) {
    const found = new Set((await ctx.db.selectFrom('terms').select('id').where('id', 'in', terms).execute()).map((t) => t.id));
    const missing = terms.findIndex((t) => !found.has(t));
    if (missing >= 0) throw new InvalidInputError(`terms_breached.${missing}`, `unknown term ${terms[missing]}`);
  }

  const submitters = await incidentSubmitters(ctx.db, incident.id);
  const id = newId();
  const pseudonym = ctx.records.pseudonym('decision', id);
  const approvals = addApproval({ approvals: [], status: 'pending' }, { verifier: ctx.actor.id, pseudonym }, submitters, ctx.now);
  const pending = await ctx.db.selectFrom('decisions').select('id').where('incident_id', '=', incident.id).where('status', '=', 'pending').execute();
  for (const p of pending) await ctx.records.update('decision', 'superseded', p.id, { status: 'superseded', updated_at: ctx.now });

  const row = await ctx.records.insert('decision', 'proposed', {
    id,
    incident_id: incident.id,
    outcome: input.outcome,
    status: 'pending',
    rationale: input.rationale,
    checks: JSON.stringify(input.checks),
    credibility: input.credibility,
    attributed_party_id: input.attribution?.party_id ?? null,
    not_attributable: input.attribution && input.attribution.party_id === null ? 1 : 0,
    attribution_confidence: input.attribution?.confidence ?? null,
    terms_breached: JSON.stringify(terms),
    proposed_by: ctx.actor.id,
    proposed_by_pseudonym: pseudonym,
    approvals: JSON.stringify(approvals),
    created_at: ctx.now,
    updated_at: ctx.now,
  });
  const decision = recordFromRow('decision', row);
  if (status === 'unconfirmed' || status === 'refuted') {
    await ctx.records.update('incident', 'under_review', incident.id, { status: 'under_review', updated_at: ctx.now });
    status = 'under_review';
  }
  const adopted = await applyDecision(ctx, { id: incident.id, status }, decision, submitters);
  const result = adopted ? recordFromRow('decision', await ctx.records.update('decision', 'adopted', decision.id, { status: 'adopted', updated_at: ctx.now })) : decision;
  await refreshContributions(ctx, [incident.id]);
  return decisionView(ctx, result);
}
