import type { Database } from './database-schema.js';

/**
 * Every kind of record that the log covers. A record's log entry carries its
 * snapshot: every column but `log_index`, JSON columns parsed, flags as booleans,
 * and withheld columns replaced by a salted commitment. `truce verify --db`
 * compares each current row with the snapshot in its latest entry.
 */
export interface RecordKind {
  table: keyof Database & string;
  jsonColumns: readonly string[];
  booleanColumns: readonly string[];
  /** Columns that enter the public log only as `<column>_sha256`; the row keeps the salt in `withheld_salt`. */
  withheldColumns: readonly string[];
  /** Secrets (password and token hashes) that never enter the log in any form. */
  secretColumns: readonly string[];
}

function kind<T extends keyof Database & string>(
  table: T,
  jsonColumns: string[] = [],
  booleanColumns: string[] = [],
  withheldColumns: string[] = [],
  secretColumns: string[] = [],
): RecordKind & { table: T } {
  return { table, jsonColumns, booleanColumns, withheldColumns, secretColumns };
}

export const RECORD_KINDS = {
  party: kind('parties', ['aliases']),
  agreement: kind('agreements', ['party_ids', 'mediator_ids', 'citations', 'extensions'], ['synthetic']),
  term: kind('terms', ['applies_to']),
  position: kind('positions', ['conditions', 'citation']),
  agreement_transition: kind('agreement_transitions', ['details']),
  control_claim: kind('control_claims', ['citation', 'evidence']),
  area: kind('areas', ['geometry']),
  agreement_baseline: kind('agreement_baselines', ['places']),
  user: kind('users', [], ['disabled'], ['name'], ['password_hash']),
  api_token: kind('api_tokens', ['scopes'], [], ['name'], ['token_hash']),
  source: kind('sources', [], ['synthetic']),
  incident: kind('incidents', ['affiliations'], ['location_sensitive', 'synthetic'], ['exact_latitude', 'exact_longitude']),
  report: kind('reports', ['term_ids'], ['location_sensitive', 'synthetic'], ['exact_latitude', 'exact_longitude', 'witness']),
  evidence: kind('evidence', ['custody'], ['public', 'releasable_to_parties']),
  decision: kind('decisions', ['checks', 'terms_breached', 'approvals'], ['not_attributable']),
  dispute: kind('disputes', ['evidence']),
  territorial_change: kind('territorial_changes'),
} satisfies Record<string, RecordKind>;

export type RecordKindName = keyof typeof RECORD_KINDS;

export function isRecordKindName(name: string): name is RecordKindName {
  return Object.hasOwn(RECORD_KINDS, name);
}
