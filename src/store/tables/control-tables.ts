export interface ControlClaimTable {
  id: string;
  place_name: string;
  geonames_id: number | null;
  latitude: number | null;
  longitude: number | null;
  area_id: string | null;
  status: string;
  controlled_by: string | null;
  basis: string;
  claimant: string | null;
  source: string;
  as_of: string;
  citation: string | null;
  evidence: string;
  created_at: string;
  log_index: number;
}

export interface AreaTable {
  id: string;
  name: string;
  kind: string;
  /** RFC 7946 Polygon or MultiPolygon, as JSON text. */
  geometry: string;
  area_km2: number;
  min_lon: number;
  min_lat: number;
  max_lon: number;
  max_lat: number;
  created_by: string;
  created_at: string;
  updated_at: string;
  log_index: number;
}

export interface AgreementBaselineTable {
  id: string;
  agreement_id: string;
  effective_at: string;
  /** Control of every place and area with a claim, at effective_at, as JSON text. */
  places: string;
  taken_at: string;
  log_index: number;
}

/** An assessed change of control from an agreement's baseline during its window, and the incident it opened. */
export interface TerritorialChangeTable {
  id: string;
  incident_id: string;
  agreement_id: string;
  baseline_id: string;
  /** The agreement's cessation-of-hostilities term, when it has one. */
  term_id: string | null;
  claim_id: string;
  place_key: string;
  place_name: string;
  geonames_id: number | null;
  area_id: string | null;
  area_km2: number | null;
  from_status: string;
  from_controlled_by: string | null;
  to_status: string;
  to_controlled_by: string | null;
  /** Who recorded the assessed claim: like a report's submitter, they may not approve the incident's verification. */
  recorded_by: string;
  created_at: string;
  log_index: number;
}

/** Control of places and areas: claims, areas, baselines and territorial changes. */
export interface ControlTables {
  control_claims: ControlClaimTable;
  areas: AreaTable;
  agreement_baselines: AgreementBaselineTable;
  territorial_changes: TerritorialChangeTable;
}
