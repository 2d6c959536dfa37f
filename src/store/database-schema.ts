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

export interface Database {
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
