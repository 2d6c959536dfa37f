import type { RecordKindName, RecordOf } from '../domain/policy/disclosure-table.js';
import type { Database } from './database-schema.js';

/**
 * How each kind of record the log covers is stored: its table, and which columns hold JSON
 * text, which hold flags as integers, and which are secrets (password and token hashes)
 * that never leave the database in any form. Who may read what is the domain's disclosure
 * policy; this is only the mapping between its records and the rows.
 */
export interface RecordKind {
  table: keyof Database & string;
  jsonColumns: readonly string[];
  booleanColumns: readonly string[];
  secretColumns: readonly string[];
}

function kind<T extends keyof Database & string>(
  table: T,
  jsonColumns: (keyof Database[T] & string)[] = [],
  booleanColumns: (keyof Database[T] & string)[] = [],
  secretColumns: (keyof Database[T] & string)[] = [],
): RecordKind & { table: T } {
  return { table, jsonColumns, booleanColumns, secretColumns };
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
  user: kind('users', ['salts'], ['disabled'], ['password_hash']),
  api_token: kind('api_tokens', ['scopes', 'salts'], [], ['token_hash']),
  source: kind('sources', [], ['synthetic']),
  incident: kind('incidents', ['affiliations', 'salts'], ['location_sensitive', 'synthetic']),
  report: kind('reports', ['term_ids', 'witness', 'salts'], ['location_sensitive', 'synthetic']),
  evidence: kind('evidence', ['custody', 'salts'], ['public', 'releasable_to_parties']),
  decision: kind('decisions', ['checks', 'terms_breached', 'approvals', 'salts'], ['not_attributable']),
  dispute: kind('disputes', ['evidence', 'salts']),
  territorial_change: kind('territorial_changes'),
  translation: kind('translations', [], ['unofficial']),
} satisfies Record<RecordKindName, RecordKind>;

export type RowOf<K extends RecordKindName> = Database[(typeof RECORD_KINDS)[K]['table']];

/** A row as a use case hands it to the writer: the writer adds its log index and, where it seals groups, their salts. */
export type NewRow<K extends RecordKindName> = Omit<RowOf<K>, 'log_index' | 'salts'>;

/**
 * A row as its domain record: JSON columns parsed, flags as booleans, secrets left out. The
 * one conversion for every kind; the record's type is the one its disclosure policy reads.
 */
export function recordFromRow<K extends RecordKindName>(kindName: K, row: RowOf<K> | Record<string, unknown>): RecordOf<K> {
  const spec: RecordKind = RECORD_KINDS[kindName];
  const record: Record<string, unknown> = { ...row };
  for (const column of spec.jsonColumns) {
    const value = record[column];
    if (typeof value === 'string') record[column] = JSON.parse(value);
  }
  for (const column of spec.booleanColumns) record[column] = Boolean(record[column]);
  for (const column of spec.secretColumns) delete record[column];
  // The row's column types are the record's, but for the conversions above.
  return record as RecordOf<K>;
}
