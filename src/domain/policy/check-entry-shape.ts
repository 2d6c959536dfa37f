import { CHANGE_GROUP, isClearGroup, type KindPolicy } from './disclosure-policy.js';
import { DISCLOSURE, isRecordKindName, type RecordKindName } from './disclosure-table.js';

/** The kind of record an entry is about, from its type (`report.changed` → `report`), or null for an entry about no record. */
export function entryKind(type: string): RecordKindName | null {
  const kind = type.slice(0, type.indexOf('.'));
  return isRecordKindName(kind) ? kind : null;
}

/** Whether a value is an object with exactly these members. */
export function hasExactlyKeys(value: unknown, expected: readonly string[]): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value).sort();
  return keys.length === expected.length && [...expected].sort().every((k, i) => keys[i] === k);
}

/**
 * What is wrong with the shape of a record's entry, or null: its data must be exactly
 * `{clear, sealed}` with each of the policy's groups in the one it belongs to, a casework
 * entry's type must name no event, and every value in clear must have the group's fields.
 */
export function entryShapeProblem(kind: RecordKindName, entry: { type: string; data: unknown }): string | null {
  const policy = DISCLOSURE[kind] as KindPolicy<unknown, unknown>;
  const names = Object.keys(policy.groups);
  const clear = names.filter((n) => isClearGroup(policy, n));
  const sealed = [...names.filter((n) => !isClearGroup(policy, n)), ...(policy.casework ? [CHANGE_GROUP] : [])];
  if (policy.casework && entry.type !== `${kind}.changed`) return `a ${kind} entry must be typed ${kind}.changed, not ${entry.type}: its event is sealed`;
  if (!hasExactlyKeys(entry.data, ['clear', 'sealed'])) return 'its data is not {clear, sealed}';
  const data = entry.data as { clear: Record<string, unknown>; sealed: Record<string, unknown> };
  if (!hasExactlyKeys(data.clear, clear)) return `its groups in clear are [${Object.keys(data.clear ?? {}).join(', ')}], but a ${kind} has [${clear.join(', ')}] in clear`;
  if (!hasExactlyKeys(data.sealed, sealed)) return `its sealed groups are [${Object.keys(data.sealed ?? {}).join(', ')}], but a ${kind} seals [${sealed.join(', ')}]`;
  for (const name of clear) {
    if (!hasExactlyKeys(data.clear[name], Object.keys(policy.groups[name]!.fields))) return `its group ${name} in clear does not hold exactly the group's fields`;
  }
  for (const [name, commitment] of Object.entries(data.sealed)) {
    if (typeof commitment !== 'string' || !/^[0-9a-f]{64}$/.test(commitment)) return `its sealed group ${name} is not a SHA-256 commitment`;
  }
  return null;
}
