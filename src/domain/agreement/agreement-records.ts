import type {
  AgreementKind,
  AgreementStatus,
  Citation,
  Condition,
  Extension,
  PartyKind,
  Stance,
  TermCategory,
  TermStatus,
} from './agreement-types.js';

/** Records as the use cases see them: parsed, with the log index of their latest entry. */
export interface Party {
  id: string;
  name: string;
  kind: PartyKind;
  aliases: string[];
  created_at: string;
  updated_at: string;
  log_index: number;
}

export interface Agreement {
  id: string;
  title: string;
  kind: AgreementKind;
  status: AgreementStatus;
  party_ids: string[];
  mediator_ids: string[];
  proposed_at: string | null;
  duration_days: number;
  effective_at: string | null;
  expires_at: string | null;
  citations: Citation[];
  extensions: Extension[];
  synthetic: boolean;
  created_at: string;
  updated_at: string;
  log_index: number;
}

export interface Term {
  id: string;
  agreement_id: string;
  code: string;
  text: string;
  category: TermCategory;
  applies_to: string[];
  proposed_by: string | null;
  status: TermStatus;
  verification_method: string | null;
  created_at: string;
  updated_at: string;
  log_index: number;
}

export interface Position {
  id: string;
  agreement_id: string;
  party_id: string;
  stance: Stance;
  conditions: Condition[];
  statement: string | null;
  stated_at: string;
  citation: Citation | null;
  created_at: string;
  updated_at: string;
  log_index: number;
}

export interface AgreementTransition {
  id: string;
  agreement_id: string;
  from_status: AgreementStatus;
  to_status: AgreementStatus;
  at: string;
  actor: string;
  reason: string | null;
  details: Record<string, unknown>;
  log_index: number;
}
