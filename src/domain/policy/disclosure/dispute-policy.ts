import { isPublished, type Dispute, type Incident } from '../../incidents/incident-types.js';
import { copy, STAFF, type KindPolicy } from '../disclosure-policy.js';

export interface DisputeContext {
  incident: Pick<Incident, 'status'>;
}

/**
 * That a published finding is disputed, and when, is public; the statement is the mission's
 * and the disputing party's; the ruling and its rationale are public once made.
 */
export const disputePolicy: KindPolicy<Dispute, DisputeContext> = {
  casework: true,
  facts: (dispute, { incident }) => ({ published: isPublished(incident.status), filingParty: dispute.party_id, owner: dispute.filed_by }),
  groups: {
    filing: { readers: [...STAFF, 'filing_party', 'published'], fields: copy<Dispute>('incident_id', 'party_id', 'status', 'created_at', 'updated_at') },
    statement: { readers: [...STAFF, 'filing_party'], fields: copy<Dispute>('statement', 'evidence') },
    ruling: { readers: [...STAFF, 'filing_party', 'published'], fields: copy<Dispute>('ruling_rationale', 'ruled_at') },
    people: { readers: [...STAFF, 'owner'], fields: copy<Dispute>('filed_by', 'ruled_by') },
  },
};
