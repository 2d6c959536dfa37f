import type { Decision, Incident } from '../../domain/incidents/incident-types.js';
import { findIncidentRow } from '../../store/queries/incident-queries.js';
import type { ReadContext } from '../use-case-context.js';

/** A decision with what its disclosure depends on: its incident's status and attribution after the decision. */
export interface DecisionView {
  decision: Decision;
  incident: Pick<Incident, 'status' | 'attributed_party_id'>;
}

export async function decisionView(ctx: ReadContext, decision: Decision): Promise<DecisionView> {
  const incident = await findIncidentRow(ctx.db, decision.incident_id);
  return { decision, incident: { status: incident!.status as Incident['status'], attributed_party_id: incident!.attributed_party_id } };
}
