import type { Actor } from '../actor.js';

/**
 * The classes of reader a field group can be disclosed to. A reader belongs to several at
 * once: everyone is `public`; a verifier reading an incident attributed to nobody is
 * `public` and `verifier`; the public is `published` too once the record is published.
 */
export const READERS = ['public', 'published', 'attributed_party', 'filing_party', 'owner', 'monitor', 'verifier', 'mediator', 'admin'] as const;
export type Reader = (typeof READERS)[number];

/** The mission's casework staff. The administrator runs accounts and is not among them. */
export const STAFF = ['monitor', 'verifier', 'mediator'] as const satisfies readonly Reader[];

/** What a record says about itself, at the moment of reading, for the policy to decide on. */
export interface DisclosureFacts {
  /** Released to the public: its incident is published (and, for evidence, the evidence too). */
  published?: boolean;
  /** The party a finding is attributed to, whose liaisons are concerned by it. */
  attributedParty?: string | null;
  /** The party whose liaison filed it: an allegation, a dispute. */
  filingParty?: string | null;
  /** The actor id of the account that submitted it, or that it is about. */
  owner?: string | null;
  /** Its location is flagged sensitive. */
  sensitive?: boolean;
}

/** One atom of disclosure: a reader sees all of its fields or none. */
export interface FieldGroup<R> {
  readers: readonly Reader[];
  /** The readers while the location is sensitive, when fewer. */
  whenSensitive?: readonly Reader[];
  /** Each field as the API shows it, derived from the record in exactly one place. */
  fields: { readonly [field: string]: (record: R) => unknown };
}

/**
 * How one kind of record is disclosed. The groups are in order of precedence: the first
 * says whether the record exists for a reader at all, and where two groups show one field
 * two ways (an exact and a rounded point), a reader is shown the first they may see.
 */
export interface KindPolicy<R, C = void> {
  /**
   * Casework (reports, incidents, evidence, decisions, disputes): every group is sealed in
   * the log whatever its readers, the entry's type names no event, and its actor is a
   * pseudonym per record.
   */
  casework: boolean;
  groups: { readonly [name: string]: FieldGroup<R> };
  /** The facts for the policy, from the record and the records it depends on. */
  facts: (record: R, context: C) => DisclosureFacts;
  /** Answer members that hold other records, each disclosed by its own policy. */
  children?: readonly string[];
  /** Answer members computed from public records and the clock, never from withheld ones. */
  derived?: readonly string[];
}

/**
 * The sealed group a casework entry names its event in (`submitted`, `approved`…), so that the
 * public log says only that a record of the kind changed. Its readers are the first group's.
 */
export const CHANGE_GROUP = 'change';

/** The answer members every disclosed record has besides its groups. */
export const META_FIELDS = ['id', 'log_index', 'disclosure'] as const;

export function readersOf(actor: Actor, facts: DisclosureFacts): Set<Reader> {
  const readers = new Set<Reader>(['public']);
  if (facts.published) readers.add('published');
  if (actor.role === 'liaison' && actor.partyId) {
    if (facts.attributedParty === actor.partyId) readers.add('attributed_party');
    if (facts.filingParty === actor.partyId) readers.add('filing_party');
  }
  if (facts.owner != null && facts.owner === actor.id) readers.add('owner');
  if (actor.role === 'monitor' || actor.role === 'verifier' || actor.role === 'mediator' || actor.role === 'admin') readers.add(actor.role);
  return readers;
}

export function groupReaders<R>(group: FieldGroup<R>, facts: DisclosureFacts): readonly Reader[] {
  return facts.sensitive && group.whenSensitive ? group.whenSensitive : group.readers;
}

/** A group the public may always read stands in clear in the log; every other group is sealed. */
export function isClearGroup<R, C>(policy: KindPolicy<R, C>, name: string): boolean {
  const group = policy.groups[name];
  if (!group || policy.casework) return false;
  return group.readers.includes('public') && (group.whenSensitive === undefined || group.whenSensitive.includes('public'));
}

/** Whether the kind's entries seal anything, so that its records carry the salts that open them. */
export function sealsAnyGroup<R, C>(policy: KindPolicy<R, C>): boolean {
  return policy.casework || Object.keys(policy.groups).some((name) => !isClearGroup(policy, name));
}

/** The groups a reader is shown, in the policy's order, with alternatives resolved to the first. */
export function visibleGroups<R, C>(policy: KindPolicy<R, C>, actor: Actor, facts: DisclosureFacts): string[] {
  const readers = readersOf(actor, facts);
  const shown: string[] = [];
  const covered = new Set<string>();
  for (const [name, group] of Object.entries(policy.groups)) {
    if (!groupReaders(group, facts).some((r) => readers.has(r))) continue;
    const fields = Object.keys(group.fields);
    if (fields.some((f) => covered.has(f))) continue;
    fields.forEach((f) => covered.add(f));
    shown.push(name);
  }
  return shown;
}

/** Whether the record exists for this reader: they may see its first group. Else it is answered as not found. */
export function recordExists<R, C>(policy: KindPolicy<R, C>, actor: Actor, facts: DisclosureFacts): boolean {
  const readers = readersOf(actor, facts);
  return groupReaders(firstGroup(policy), facts).some((r) => readers.has(r));
}

/** The group that decides whether a record exists for a reader, and who may open its change group. */
export function firstGroup<R, C>(policy: KindPolicy<R, C>): FieldGroup<R> {
  const first = Object.values(policy.groups)[0];
  if (!first) throw new Error('a disclosure policy has at least one group');
  return first;
}

/** Whether a reader may open a group of an entry: one of the policy's, or a casework entry's change group. */
export function mayOpen<R, C>(policy: KindPolicy<R, C>, name: string, actor: Actor, facts: DisclosureFacts): boolean {
  const group = name === CHANGE_GROUP && policy.casework ? firstGroup(policy) : policy.groups[name];
  if (!group) return false;
  const readers = readersOf(actor, facts);
  return groupReaders(group, facts).some((r) => readers.has(r));
}

/** The group's value: its fields as the API shows them, in code-unit order (canonical JSON's). */
export function groupValue<R>(group: FieldGroup<R>, record: R): Record<string, unknown> {
  const value: Record<string, unknown> = {};
  for (const field of sortedFields(group)) value[field] = group.fields[field]!(record);
  return value;
}

const sorted = new WeakMap<object, string[]>();

function sortedFields<R>(group: FieldGroup<R>): string[] {
  let fields = sorted.get(group);
  if (!fields) {
    fields = Object.keys(group.fields).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    sorted.set(group, fields);
  }
  return fields;
}

/** Fields copied from the record as they are. */
export function copy<R>(...names: (keyof R & string)[]): { [field: string]: (record: R) => unknown } {
  return Object.fromEntries(names.map((name) => [name, (record: R) => record[name]]));
}
