import { canonicalJson } from '../../ledger/canonical-json.js';
import { META_FIELDS, isClearGroup, type KindPolicy } from './disclosure-policy.js';
import { DISCLOSURE, isRecordKindName } from './disclosure-table.js';

/** How an answer says where each of its fields comes from: the entry it names, and the groups opened for this reader. */
export interface Disclosure {
  kind: string;
  index: number;
  /** A group with a salt is sealed in the entry; one without stands in clear. */
  groups: { name: string; salt?: string }[];
}

/** One group of an entry, opened: its value and the salt of its commitment. */
export interface Opening {
  group: string;
  salt: string;
  value: unknown;
}

export interface EntryLike {
  type: string;
  id: string;
  data: unknown;
}

export interface DisclosureProblem {
  path: string;
  message: string;
}

/** SHA-256, from node:crypto or WebCrypto: the checker runs on the server, in the CLI and in the browser. */
export type Sha256 = (bytes: Uint8Array) => Promise<Uint8Array>;

const HEX_SALT = /^[0-9a-f]{32,}$/;
const META = new Set<string>(META_FIELDS);

function hex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

function fromHex(text: string): Uint8Array {
  return Uint8Array.from(text.match(/../g) ?? [], (pair) => parseInt(pair, 16));
}

/** Hex SHA-256(salt ‖ canonical JSON of value): the commitment a sealed group enters the log as. */
export async function commitmentOf(value: unknown, saltHex: string, sha256: Sha256): Promise<string> {
  const text = new TextEncoder().encode(canonicalJson(value));
  const salt = fromHex(saltHex);
  const message = new Uint8Array(salt.length + text.length);
  message.set(salt);
  message.set(text, salt.length);
  return hex(await sha256(message));
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function entryGroups(entry: EntryLike): { clear: Record<string, unknown>; sealed: Record<string, unknown> } | null {
  const data = entry.data;
  if (!isObject(data) || !isObject(data.clear) || !isObject(data.sealed)) return null;
  return { clear: data.clear, sealed: data.sealed };
}

/**
 * Checks a record as the API showed it against the log: every field either stands in clear
 * in the entry the answer names or comes with the salt that opens its commitment, and nothing
 * else is shown. Records nested in it (an incident's reports) are checked the same way.
 * Returns the problems found, none when the answer is exactly what was logged.
 */
export async function checkDisclosedRecord(
  answer: unknown,
  entryAt: (index: number) => Promise<EntryLike | undefined>,
  sha256: Sha256,
  path = '',
): Promise<DisclosureProblem[]> {
  const at = (member: string) => (path ? `${path}.${member}` : member);
  if (!isObject(answer)) return [{ path: path || '(answer)', message: 'is not a record' }];
  const disclosure = answer.disclosure as Disclosure | undefined;
  if (!isObject(disclosure) || typeof disclosure.kind !== 'string' || !Number.isSafeInteger(disclosure.index) || !Array.isArray(disclosure.groups)) {
    return [{ path: at('disclosure'), message: 'is missing or malformed: the answer does not say which entry holds its fields' }];
  }
  if (!isRecordKindName(disclosure.kind)) return [{ path: at('disclosure.kind'), message: `names no kind of record: ${disclosure.kind}` }];
  const policy = DISCLOSURE[disclosure.kind] as KindPolicy<unknown, unknown>;
  const problems: DisclosureProblem[] = [];
  if (answer.log_index !== disclosure.index) problems.push({ path: at('log_index'), message: `is ${String(answer.log_index)}, but the disclosure names entry ${disclosure.index}` });
  const entry = await entryAt(disclosure.index);
  if (!entry) return [...problems, { path: at('disclosure.index'), message: `entry ${disclosure.index} is not in the log` }];
  if (entry.id !== answer.id) problems.push({ path: at('id'), message: `is ${String(answer.id)}, but entry ${disclosure.index} is about ${entry.id}` });
  if (!entry.type.startsWith(`${disclosure.kind}.`)) problems.push({ path: at('disclosure.kind'), message: `is ${disclosure.kind}, but entry ${disclosure.index} is a ${entry.type}` });
  const groups = entryGroups(entry);
  if (!groups) return [...problems, { path: at('disclosure.index'), message: `entry ${disclosure.index} holds no field groups` }];

  const covered = new Set<string>();
  for (const opened of disclosure.groups) {
    const group = policy.groups[opened.name];
    if (!group) {
      problems.push({ path: at('disclosure.groups'), message: `${disclosure.kind} has no group ${opened.name}` });
      continue;
    }
    const fields = Object.keys(group.fields);
    const value: Record<string, unknown> = {};
    for (const field of fields) {
      if (covered.has(field)) problems.push({ path: at(field), message: `is opened by two groups` });
      if (!(field in answer)) problems.push({ path: at(field), message: `is missing, though group ${opened.name} is opened` });
      covered.add(field);
      value[field] = answer[field];
    }
    if (isClearGroup(policy, opened.name)) {
      if (!(opened.name in groups.clear)) problems.push({ path: at(opened.name), message: `group ${opened.name} is not in clear in entry ${disclosure.index}` });
      else if (canonicalJson(groups.clear[opened.name]) !== canonicalJson(value)) {
        problems.push({ path: at(fields.join('|')), message: `differs from group ${opened.name} in clear in entry ${disclosure.index}` });
      }
    } else if (typeof opened.salt !== 'string' || !HEX_SALT.test(opened.salt)) {
      problems.push({ path: at(fields.join('|')), message: `group ${opened.name} is sealed in the log, but the answer gives no salt to open it` });
    } else if ((await commitmentOf(value, opened.salt, sha256)) !== groups.sealed[opened.name]) {
      problems.push({ path: at(fields.join('|')), message: `does not open the commitment of group ${opened.name} in entry ${disclosure.index}: the value or its salt was changed` });
    }
  }

  const children = new Set(policy.children ?? []);
  const derived = new Set(policy.derived ?? []);
  for (const [member, value] of Object.entries(answer)) {
    if (META.has(member) || covered.has(member) || derived.has(member)) continue;
    if (!children.has(member)) {
      problems.push({ path: at(member), message: 'is shown, but stands neither in clear in the entry nor with an opening' });
      continue;
    }
    const nested = Array.isArray(value) ? value.map((v, i) => [v, `${at(member)}.${i}`] as const) : value === null ? [] : [[value, at(member)] as const];
    for (const [child, childPath] of nested) problems.push(...(await checkDisclosedRecord(child, entryAt, sha256, childPath)));
  }
  return problems;
}

/** Checks openings of a log entry's sealed groups, as `GET /api/v1/log/entries/:index` gives them. */
export async function checkOpenings(entry: EntryLike, openings: readonly Opening[], sha256: Sha256): Promise<DisclosureProblem[]> {
  const groups = entryGroups(entry);
  if (!groups) return openings.length ? [{ path: 'openings', message: 'the entry holds no sealed groups to open' }] : [];
  const problems: DisclosureProblem[] = [];
  for (const [i, opening] of openings.entries()) {
    const commitment = groups.sealed[opening.group];
    if (typeof commitment !== 'string') problems.push({ path: `openings.${i}.group`, message: `the entry seals no group ${opening.group}` });
    else if (!HEX_SALT.test(opening.salt) || (await commitmentOf(opening.value, opening.salt, sha256)) !== commitment) {
      problems.push({ path: `openings.${i}`, message: `does not open the commitment of group ${opening.group}` });
    }
  }
  return problems;
}
