import type { Actor } from '../actor.js';
import { PUBLISHED_STATUSES, type IncidentStatus } from '../incidents/incident-types.js';

/**
 * Who sees which monitoring records, decided from the actor alone. Staff of the
 * mission (monitors, verifiers, mediators, admins) see everything; a liaison sees
 * what is public plus what concerns its own party; the public sees published findings.
 */
export type Audience = { kind: 'staff' } | { kind: 'liaison'; partyId: string | null } | { kind: 'public' };

export function audienceOf(actor: Actor): Audience {
  if (actor.role === 'public') return { kind: 'public' };
  if (actor.role === 'liaison') return { kind: 'liaison', partyId: actor.partyId ?? null };
  return { kind: 'staff' };
}

export function isPublished(status: IncidentStatus): boolean {
  return PUBLISHED_STATUSES.includes(status);
}

interface IncidentFacts {
  status: IncidentStatus;
  attributed_party_id: string | null;
}

interface ReportFacts {
  filed_by_party_id: string | null;
}

function ownParty(audience: Audience, partyId: string | null): boolean {
  return audience.kind === 'liaison' && audience.partyId !== null && audience.partyId === partyId;
}

/** An incident is visible when published, or to the liaison of the attributed party, or of a party that alleged it. */
export function canSeeIncident(actor: Actor, incident: IncidentFacts, reports: readonly ReportFacts[] = []): boolean {
  const audience = audienceOf(actor);
  if (audience.kind === 'staff' || isPublished(incident.status)) return true;
  return ownParty(audience, incident.attributed_party_id) || reports.some((r) => ownParty(audience, r.filed_by_party_id));
}

export interface ReportView {
  /** The submitter and a witness's details: the mission's, or the filing party's own. */
  showProvenance: boolean;
  /** The exact point even where the location is flagged sensitive. */
  showExactLocation: boolean;
}

/** How a report appears to the actor, or null when it is hidden. */
export function reportView(actor: Actor, report: ReportFacts, incident: IncidentFacts): ReportView | null {
  const audience = audienceOf(actor);
  if (audience.kind === 'staff') return { showProvenance: true, showExactLocation: true };
  const own = ownParty(audience, report.filed_by_party_id);
  if (own) return { showProvenance: true, showExactLocation: true };
  if (isPublished(incident.status) || ownParty(audience, incident.attributed_party_id)) return { showProvenance: false, showExactLocation: false };
  return null;
}

interface EvidenceFacts {
  public: boolean;
  releasable_to_parties: boolean;
}

/** Evidence follows its report, then its own flags: public for everyone, releasable for the parties concerned. */
export function canSeeEvidence(actor: Actor, evidence: EvidenceFacts, report: ReportFacts, incident: IncidentFacts): boolean {
  const audience = audienceOf(actor);
  if (audience.kind === 'staff') return true;
  if (!reportView(actor, report, incident)) return false;
  if (ownParty(audience, report.filed_by_party_id)) return true;
  if (isPublished(incident.status) && evidence.public) return true;
  return ownParty(audience, incident.attributed_party_id) && (evidence.releasable_to_parties || evidence.public);
}

/** Disputes are the mission's and the disputing party's business until ruled on; the ruling shows in the incident status. */
export function canSeeDispute(actor: Actor, dispute: { party_id: string }): boolean {
  const audience = audienceOf(actor);
  return audience.kind === 'staff' || ownParty(audience, dispute.party_id);
}
