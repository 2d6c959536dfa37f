import type { Decision, Dispute, Incident } from '../../domain/incidents/incident-types.js';
import type { Report, Source } from '../../domain/monitoring/report-types.js';
import type { Database } from '../database-schema.js';

/** Row → record conversions for the monitoring tables; JSON columns are text and flags are integers in both databases. */
export function sourceFromRow(row: Database['sources']): Source {
  return { ...row, type: row.type as Source['type'], default_reliability: row.default_reliability as Source['default_reliability'], synthetic: Boolean(row.synthetic), log_index: Number(row.log_index) };
}

export function incidentFromRow(row: Database['incidents']): Incident {
  const { withheld_salt: _salt, ...rest } = row;
  return {
    ...rest,
    family: row.family as Incident['family'],
    kind: row.kind as Incident['kind'],
    status: row.status as Incident['status'],
    location_sensitive: Boolean(row.location_sensitive),
    affiliations: JSON.parse(row.affiliations),
    attribution_confidence: row.attribution_confidence as Incident['attribution_confidence'],
    synthetic: Boolean(row.synthetic),
    log_index: Number(row.log_index),
  };
}

export function reportFromRow(row: Database['reports']): Report {
  const { withheld_salt: _salt, civilian_killed, civilian_injured, military_killed, military_injured, ...rest } = row;
  return {
    ...rest,
    kind: row.kind as Report['kind'],
    time_precision: row.time_precision as Report['time_precision'],
    geo_precision: row.geo_precision as Report['geo_precision'],
    channel: row.channel as Report['channel'],
    reliability: row.reliability as Report['reliability'],
    casualties: { civilian_killed, civilian_injured, military_killed, military_injured },
    witness: row.witness === null ? null : JSON.parse(row.witness),
    term_ids: JSON.parse(row.term_ids),
    location_sensitive: Boolean(row.location_sensitive),
    synthetic: Boolean(row.synthetic),
    log_index: Number(row.log_index),
  };
}

export interface CustodyEvent {
  event: 'collected' | 'transferred' | 'analysed' | 'exported';
  actor: string;
  at: string;
  note: string | null;
}

export interface Evidence {
  id: string;
  report_id: string;
  sha256: string;
  media_type: string;
  size: number;
  original_name: string | null;
  url: string | null;
  captured_at: string | null;
  collector: string | null;
  public: boolean;
  releasable_to_parties: boolean;
  custody: CustodyEvent[];
  submitted_by: string;
  created_at: string;
  updated_at: string;
  log_index: number;
}

export function evidenceFromRow(row: Database['evidence']): Evidence {
  return {
    ...row,
    size: Number(row.size),
    public: Boolean(row.public),
    releasable_to_parties: Boolean(row.releasable_to_parties),
    custody: JSON.parse(row.custody),
    log_index: Number(row.log_index),
  };
}

export function decisionFromRow(row: Database['decisions']): Decision {
  return {
    ...row,
    outcome: row.outcome as Decision['outcome'],
    status: row.status as Decision['status'],
    checks: JSON.parse(row.checks),
    not_attributable: Boolean(row.not_attributable),
    attribution_confidence: row.attribution_confidence as Decision['attribution_confidence'],
    terms_breached: JSON.parse(row.terms_breached),
    approvals: JSON.parse(row.approvals),
    log_index: Number(row.log_index),
  };
}

export function disputeFromRow(row: Database['disputes']): Dispute {
  return { ...row, status: row.status as Dispute['status'], evidence: JSON.parse(row.evidence), log_index: Number(row.log_index) };
}
