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

/** Parties, agreements, their terms, positions and transitions. */
export interface AgreementTables {
  parties: PartyTable;
  agreements: AgreementTable;
  terms: TermTable;
  positions: PositionTable;
  agreement_transitions: AgreementTransitionTable;
}
