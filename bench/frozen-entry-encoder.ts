import { randomBytes } from 'node:crypto';
import { commitment, type LogEntry } from '../src/ledger/log-entry.js';

/**
 * The log entry of a report as Truce wrote it before entries sealed what the public may not read:
 * every column in clear but the witness and the exact point, which entered as SHA-256 commitments
 * under one salt per row. Frozen here, so that the ingest bench's baseline does not move as the
 * product's entries change.
 */
const WITHHELD = new Set(['exact_latitude', 'exact_longitude', 'witness']);
const JSON_COLUMNS = new Set(['term_ids']);
const BOOLEAN_COLUMNS = new Set(['location_sensitive', 'synthetic']);
const NOT_LOGGED = new Set(['log_index', 'salts']);

export function frozenReportEntry(row: Record<string, unknown>, actor: string, at: string): LogEntry {
  const salt = randomBytes(32);
  const data: Record<string, unknown> = {};
  for (const [column, value] of Object.entries(row)) {
    if (NOT_LOGGED.has(column)) continue;
    if (WITHHELD.has(column)) data[`${column}_sha256`] = value === null ? null : commitment(value, salt);
    else if (JSON_COLUMNS.has(column)) data[column] = typeof value === 'string' ? JSON.parse(value) : value;
    else if (BOOLEAN_COLUMNS.has(column)) data[column] = Boolean(value);
    else data[column] = value;
  }
  // The earlier writer sorted members once per shape so that the encoder took its fast path; so does this.
  const sorted = Object.fromEntries(Object.entries(data).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return { type: 'report.submitted', at, actor, id: String(row.id), data: sorted };
}
