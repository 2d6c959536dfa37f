import type { Citation } from '../agreement/agreement-types.js';

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
