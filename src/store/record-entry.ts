import type { Actor } from '../domain/actor.js';
import { CHANGE_GROUP, groupValue, isClearGroup, type KindPolicy } from '../domain/policy/disclosure-policy.js';
import { DISCLOSURE, type RecordKindName } from '../domain/policy/disclosure-table.js';
import { canonicalJson } from '../ledger/canonical-json.js';
import { commitmentOfText, type LogEntry } from '../ledger/log-entry.js';
import type { Database } from './database-schema.js';
import type { Pseudonyms } from './log/pseudonyms.js';
import { recordFromRow } from './record-kinds.js';

/** An entry about a record, and what opens its sealed groups (null when it seals none). */
export interface RecordEntry {
  entry: LogEntry;
  opening: Omit<Database['log_openings'], 'idx'> | null;
}

/** A record's groups as an entry holds them: in clear, or as commitments, each with the canonical text it commits to. */
export interface SealedGroups {
  clear: Record<string, unknown>;
  sealed: Record<string, string>;
  /** Each sealed group's value as canonical JSON, and its salt (hex). */
  openings: { name: string; text: string; salt: string }[];
}

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

// Each kind's groups in canonical order, with a casework kind's change group among them.
const orders = new Map<RecordKindName, string[]>();

function groupOrder(kind: RecordKindName): string[] {
  let order = orders.get(kind);
  if (!order) {
    const policy = DISCLOSURE[kind];
    order = [...Object.keys(policy.groups), ...(policy.casework ? [CHANGE_GROUP] : [])].sort(byCodeUnit);
    orders.set(kind, order);
  }
  return order;
}

/**
 * Seals a row's groups as its policy says: every group the public may always read in clear,
 * every other as SHA-256(salt ‖ canonical JSON) under the salt `saltFor` gives it. A
 * casework entry's change group holds `event`; without one (an audit recomputing a current
 * record's entry) it is left out.
 */
export function sealGroups(kind: RecordKindName, row: Record<string, unknown>, saltFor: (group: string) => Buffer, event?: string): SealedGroups {
  const policy = DISCLOSURE[kind] as KindPolicy<unknown, unknown>;
  const record = recordFromRow(kind, row);
  const out: SealedGroups = { clear: {}, sealed: {}, openings: [] };
  for (const name of groupOrder(kind)) {
    if (name === CHANGE_GROUP && event === undefined) continue;
    const value = name === CHANGE_GROUP ? { event } : groupValue(policy.groups[name]!, record);
    if (name !== CHANGE_GROUP && isClearGroup(policy, name)) {
      out.clear[name] = value;
      continue;
    }
    const text = canonicalJson(value);
    const salt = saltFor(name);
    out.sealed[name] = commitmentOfText(text, salt);
    out.openings.push({ name, text, salt: salt.toString('hex') });
  }
  return out;
}

/**
 * The log entry for a record's new version, `{clear, sealed}`, each sealed group under a
 * fresh salt. For casework the type names no event (it is in the sealed change group) and
 * the actor is the pseudonym for this record.
 */
export function recordEntry(kind: RecordKindName, event: string, row: Record<string, unknown>, actor: Actor, at: string, freshSalt: () => Buffer, pseudonyms: Pseudonyms): RecordEntry {
  const { casework } = DISCLOSURE[kind];
  const id = String(row.id);
  const { clear, sealed, openings } = sealGroups(kind, row, freshSalt, casework ? event : undefined);
  const entry: LogEntry = {
    type: casework ? `${kind}.changed` : `${kind}.${event}`,
    at,
    actor: casework ? pseudonyms.of(kind, id, actor.id) : actor.id,
    id,
    data: { clear, sealed },
  };
  if (openings.length === 0) return { entry, opening: null };
  // Joined in the groups' canonical order, the texts make the canonical JSON of all the values.
  const salts = Object.fromEntries(openings.map((o) => [o.name, o.salt]));
  const values = `{${openings.map((o) => `${JSON.stringify(o.name)}:${o.text}`).join(',')}}`;
  return { entry, opening: { actor: actor.id, salts: JSON.stringify(salts), sealed: values } };
}
