import type { AttributionConfidence, DecisionCheck, DecisionOutcome } from '../../domain/incidents/incident-types.js';

export interface DecisionInput {
  incident_id: string;
  outcome: DecisionOutcome;
  rationale: string;
  checks: DecisionCheck[];
  credibility: number;
  /** party_id null means not_attributable. */
  attribution?: { party_id: string | null; confidence: AttributionConfidence } | null;
  terms_breached?: string[];
}
