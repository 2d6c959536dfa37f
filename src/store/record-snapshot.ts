import { commitment } from '../ledger/log-entry.js';
import type { RecordKind } from './record-kinds.js';

type Role = 'omit' | 'withheld' | 'json' | 'boolean' | 'plain';

/** How one shape of row becomes a snapshot: its columns, and the snapshot's members in canonical order. */
interface Plan {
  columns: readonly string[];
  members: readonly { column: string; key: string; role: Exclude<Role, 'omit'> }[];
}

// Rows of one kind come in one shape: it is classified and ordered once, not per row.
const plans = new WeakMap<RecordKind, Plan>();

function roleOf(kind: RecordKind, column: string): Role {
  if (column === 'log_index' || column === 'withheld_salt' || kind.secretColumns.includes(column)) return 'omit';
  if (kind.withheldColumns.includes(column)) return 'withheld';
  if (kind.jsonColumns.includes(column)) return 'json';
  if (kind.booleanColumns.includes(column)) return 'boolean';
  return 'plain';
}

function planFor(kind: RecordKind, columns: readonly string[]): Plan {
  const cached = plans.get(kind);
  if (cached && cached.columns.length === columns.length && cached.columns.every((c, i) => c === columns[i])) return cached;
  const members = columns.flatMap((column) => {
    const role = roleOf(kind, column);
    return role === 'omit' ? [] : [{ column, key: role === 'withheld' ? `${column}_sha256` : column, role }];
  });
  // Code-unit order, as canonical JSON writes members: the log's encoder then takes its fast path.
  members.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const plan = { columns, members };
  plans.set(kind, plan);
  return plan;
}

/** The public form of a row, as it enters the log (see RecordKind). */
export function recordSnapshot(kind: RecordKind, row: Record<string, unknown>): Record<string, unknown> {
  const snapshot: Record<string, unknown> = {};
  let salt: Buffer | null | undefined;
  for (const { column, key, role } of planFor(kind, Object.keys(row)).members) {
    const value = row[column];
    if (role === 'withheld') {
      salt ??= typeof row.withheld_salt === 'string' ? Buffer.from(row.withheld_salt, 'hex') : null;
      if (!salt) throw new Error(`${kind.table}.${column} is withheld but the row has no withheld_salt`);
      snapshot[key] = value === null ? null : commitment(value, salt);
    } else if (role === 'json') {
      snapshot[key] = typeof value === 'string' ? JSON.parse(value) : value;
    } else if (role === 'boolean') {
      snapshot[key] = Boolean(value);
    } else {
      snapshot[key] = value;
    }
  }
  return snapshot;
}
