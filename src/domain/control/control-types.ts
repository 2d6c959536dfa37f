import type { Citation } from '../agreement/agreement-types.js';
import type { BaselinePlace } from './territorial-change.js';

export const CONTROL_STATUSES = ['controlled_by', 'contested', 'unknown'] as const;
export type ControlStatus = (typeof CONTROL_STATUSES)[number];

/** A claim is what someone says; an assessment is what the mission concluded. They are never mixed. */
export const CONTROL_BASES = ['claimed', 'assessed'] as const;
export type ControlBasis = (typeof CONTROL_BASES)[number];

export interface ControlClaim {
  id: string;
  place_name: string;
  geonames_id: number | null;
  latitude: number | null;
  longitude: number | null;
  area_id: string | null;
  status: ControlStatus;
  controlled_by: string | null;
  basis: ControlBasis;
  claimant: string | null;
  source: string;
  as_of: string;
  citation: Citation | null;
  evidence: string[];
  created_at: string;
  log_index: number;
}

/** Control at an agreement's effective_at, taken once when it enters into force. */
export interface AgreementBaseline {
  id: string;
  agreement_id: string;
  effective_at: string;
  places: BaselinePlace[];
  taken_at: string;
  log_index: number;
}

/** An assessed change of control from an agreement's baseline, and the incident it opened. */
export interface TerritorialChangeRecord {
  id: string;
  incident_id: string;
  agreement_id: string;
  baseline_id: string;
  term_id: string | null;
  claim_id: string;
  place_key: string;
  place_name: string;
  geonames_id: number | null;
  area_id: string | null;
  area_km2: number | null;
  from_status: ControlStatus;
  from_controlled_by: string | null;
  to_status: ControlStatus;
  to_controlled_by: string | null;
  recorded_by: string;
  created_at: string;
  log_index: number;
}
