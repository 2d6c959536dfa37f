import type { IsoTime } from '../iso-time.js';
import type { KindFamily, ReportKind } from '../monitoring/report-taxonomy.js';

export const INCIDENT_STATUSES = ['reported', 'under_review', 'verified', 'unconfirmed', 'refuted', 'disputed', 'upheld', 'overturned'] as const;
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];

/** What the public may see: a verified finding, while it is disputed too (marked so), and the outcome of any dispute about it. */
export const PUBLISHED_STATUSES: readonly IncidentStatus[] = ['verified', 'disputed', 'upheld', 'overturned'];

export function isPublished(status: IncidentStatus): boolean {
  return PUBLISHED_STATUSES.includes(status);
}

export const DECISION_OUTCOMES = ['verified', 'unconfirmed', 'refuted'] as const;
export type DecisionOutcome = (typeof DECISION_OUTCOMES)[number];

export const DECISION_STATUSES = ['pending', 'adopted', 'superseded'] as const;
export type DecisionStatus = (typeof DECISION_STATUSES)[number];

export const CHECK_KINDS = ['source_analysis', 'technical_analysis', 'geolocation', 'chronolocation'] as const;
export type CheckKind = (typeof CHECK_KINDS)[number];
export const CHECK_RESULTS = ['consistent', 'inconsistent', 'inconclusive'] as const;

export const ATTRIBUTION_CONFIDENCES = ['confirmed', 'likely', 'possible'] as const;
export type AttributionConfidence = (typeof ATTRIBUTION_CONFIDENCES)[number];

export const DISPUTE_STATUSES = ['disputed', 'upheld', 'overturned'] as const;
export type DisputeStatus = (typeof DISPUTE_STATUSES)[number];
export const RULINGS = ['upheld', 'overturned'] as const;
export type Ruling = (typeof RULINGS)[number];

export interface Incident {
  id: string;
  family: KindFamily;
  kind: ReportKind;
  status: IncidentStatus;
  latitude: number;
  longitude: number;
  exact_latitude: number;
  exact_longitude: number;
  location_sensitive: boolean;
  h3_cell: string;
  first_observed_at: IsoTime;
  last_observed_at: IsoTime;
  report_count: number;
  affiliations: string[];
  corroboration: number;
  agreement_id: string | null;
  attributed_party_id: string | null;
  attribution_confidence: AttributionConfidence | null;
  merged_into: string | null;
  synthetic: boolean;
  created_at: string;
  updated_at: string;
  log_index: number;
  /** The salts that open the sealed groups of the latest entry, by group. */
  salts: Record<string, string>;
}

export interface DecisionCheck {
  check: CheckKind;
  result: (typeof CHECK_RESULTS)[number];
  notes?: string | null;
}

export interface Approval {
  verifier: string;
  /** The verifier's pseudonym for this decision, as the public log names them. */
  pseudonym: string;
  at: IsoTime;
}

export interface Decision {
  id: string;
  incident_id: string;
  outcome: DecisionOutcome;
  status: DecisionStatus;
  rationale: string;
  checks: DecisionCheck[];
  credibility: number;
  /** null with a confidence means not_attributable. */
  attributed_party_id: string | null;
  not_attributable: boolean;
  attribution_confidence: AttributionConfidence | null;
  terms_breached: string[];
  proposed_by: string;
  /** The proposer's pseudonym for this decision, as the public log names them. */
  proposed_by_pseudonym: string;
  approvals: Approval[];
  created_at: string;
  updated_at: string;
  log_index: number;
  /** The salts that open the sealed groups of the latest entry, by group. */
  salts: Record<string, string>;
}

export interface DisputeEvidence {
  sha256?: string | null;
  url?: string | null;
  description: string;
}

export interface Dispute {
  id: string;
  incident_id: string;
  party_id: string;
  filed_by: string;
  statement: string;
  evidence: DisputeEvidence[];
  status: DisputeStatus;
  ruling_rationale: string | null;
  ruled_by: string | null;
  ruled_at: string | null;
  created_at: string;
  updated_at: string;
  log_index: number;
  /** The salts that open the sealed groups of the latest entry, by group. */
  salts: Record<string, string>;
}
