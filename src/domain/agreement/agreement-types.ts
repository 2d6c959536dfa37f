import type { Language } from '../languages.js';
import type { IsoTime } from '../iso-time.js';

export const PARTY_KINDS = ['state', 'armed_group', 'mediator', 'observer'] as const;
export type PartyKind = (typeof PARTY_KINDS)[number];

export const AGREEMENT_KINDS = ['ceasefire', 'cessation_of_hostilities', 'local_ceasefire', 'pause'] as const;
export type AgreementKind = (typeof AGREEMENT_KINDS)[number];

export const AGREEMENT_STATUSES = ['draft', 'proposed', 'in_force', 'expired', 'extended', 'collapsed', 'superseded'] as const;
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];

export const TERM_CATEGORIES = [
  'cessation_of_hostilities',
  'no_mobilization',
  'no_rearmament',
  'withdrawal',
  'freeze_in_place',
  'monitor_access',
  'civilian_protection',
  'prisoner_exchange',
  'humanitarian_access',
  'other',
] as const;
export type TermCategory = (typeof TERM_CATEGORIES)[number];

export const TERM_STATUSES = ['agreed', 'proposed', 'rejected'] as const;
export type TermStatus = (typeof TERM_STATUSES)[number];

export const STANCES = ['accepted', 'accepted_with_conditions', 'rejected', 'undecided'] as const;
export type Stance = (typeof STANCES)[number];

export const CONDITION_STATUSES = ['open', 'met', 'waived'] as const;
export type ConditionStatus = (typeof CONDITION_STATUSES)[number];

/** Where a statement comes from: the outlet, the date and the quoted sentence. */
export interface Citation {
  source: string;
  published_at: string;
  quote: string;
  /** The quotation's language; quotations stay in it. */
  lang?: Language;
  url?: string | null;
}

export interface Condition {
  id: string;
  text: string;
  term_code: string | null;
  /** The words in which the party stated this condition, where quoted. */
  citation: Citation | null;
  status: ConditionStatus;
  resolved_by: string | null;
  resolved_at: IsoTime | null;
  resolution_note: string | null;
}

export interface Extension {
  expires_at: IsoTime;
  agreed_by: string[];
  recorded_at: IsoTime;
  recorded_by: string;
}

/** The stored state of an agreement; the status a reader sees also depends on the clock. */
export interface AgreementState {
  status: AgreementStatus;
  party_ids: string[];
  mediator_ids: string[];
  duration_days: number;
  effective_at: IsoTime | null;
  expires_at: IsoTime | null;
}

export interface PositionState {
  party_id: string;
  stance: Stance;
  conditions: Condition[];
  stated_at: IsoTime;
}
