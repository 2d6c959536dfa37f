import { isPublished, type Decision, type Incident } from '../../incidents/incident-types.js';
import { copy, STAFF, type KindPolicy } from '../disclosure-policy.js';

export interface DecisionContext {
  incident: Pick<Incident, 'status' | 'attributed_party_id'>;
}

/**
 * A decision is the mission's until it is adopted on a published incident. Readers outside
 * the mission see the verifiers as pseudonyms for this decision, which are the actors of
 * its log entries: enough to see that two different people approved, not who.
 */
export const decisionPolicy: KindPolicy<Decision, DecisionContext> = {
  casework: true,
  facts: (decision, { incident }) => {
    const adopted = decision.status === 'adopted';
    return { published: adopted && isPublished(incident.status), attributedParty: adopted ? incident.attributed_party_id : null };
  },
  groups: {
    finding: {
      readers: [...STAFF, 'published', 'attributed_party'],
      fields: {
        ...copy<Decision>('incident_id', 'outcome', 'status', 'rationale', 'checks', 'credibility', 'terms_breached', 'created_at', 'updated_at'),
        attribution: (d) => ({ confidence: d.attribution_confidence, not_attributable: d.not_attributable, party_id: d.attributed_party_id }),
      },
    },
    verifiers: {
      readers: [...STAFF],
      fields: { proposed_by: (d) => d.proposed_by, approvals: (d) => d.approvals.map(({ verifier, at }) => ({ at, verifier })) },
    },
    verifier_pseudonyms: {
      readers: [...STAFF, 'published', 'attributed_party'],
      fields: { proposed_by: (d) => d.proposed_by_pseudonym, approvals: (d) => d.approvals.map(({ pseudonym, at }) => ({ at, verifier: pseudonym })) },
    },
  },
};
