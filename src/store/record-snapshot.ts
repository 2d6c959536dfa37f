import { commitment } from '../ledger/log-entry.js';
import type { RecordKind } from './record-kinds.js';

/** The public form of a row, as it enters the log (see RecordKind). */
export function recordSnapshot(kind: RecordKind, row: Record<string, unknown>): Record<string, unknown> {
  const snapshot: Record<string, unknown> = {};
  const salt = typeof row.withheld_salt === 'string' ? Buffer.from(row.withheld_salt, 'hex') : null;
  for (const column in row) {
    const value = row[column];
    if (column === 'log_index' || column === 'withheld_salt' || kind.secretColumns.includes(column)) continue;
    if (kind.withheldColumns.includes(column)) {
      if (!salt) throw new Error(`${kind.table}.${column} is withheld but the row has no withheld_salt`);
      snapshot[`${column}_sha256`] = value === null ? null : commitment(value, salt);
    } else if (kind.jsonColumns.includes(column)) {
      snapshot[column] = typeof value === 'string' ? JSON.parse(value) : value;
    } else if (kind.booleanColumns.includes(column)) {
      snapshot[column] = Boolean(value);
    } else {
      snapshot[column] = value;
    }
  }
  return snapshot;
}
