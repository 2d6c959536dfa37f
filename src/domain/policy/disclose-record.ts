import type { Actor } from '../actor.js';
import type { Disclosure } from './check-disclosure.js';
import { groupValue, isClearGroup, recordExists, visibleGroups, type KindPolicy } from './disclosure-policy.js';
import { DISCLOSURE, type ContextOf, type RecordKindName, type RecordOf } from './disclosure-table.js';

/** A record as one reader is shown it: the fields of the groups they may see, and how to check each against the log. */
export interface DisclosedRecord {
  id: string;
  log_index: number;
  disclosure: Disclosure;
  [field: string]: unknown;
}

interface Logged {
  id: string;
  log_index: number;
  salts?: Record<string, string>;
}

/**
 * The one way a record leaves Truce (an answer, an export, a report): the union of the groups
 * the policy lets this reader see, each sealed one with the salt that opens it in the record's
 * latest entry. Null when the record does not exist for this reader. A field in no group the
 * reader may see cannot be shown, whatever the caller does with the answer.
 */
export function discloseRecord<K extends RecordKindName>(kind: K, record: RecordOf<K>, context: ContextOf<K>, actor: Actor): DisclosedRecord | null {
  const policy = DISCLOSURE[kind] as KindPolicy<RecordOf<K>, ContextOf<K>>;
  const facts = policy.facts(record, context);
  if (!recordExists(policy, actor, facts)) return null;
  const { id, log_index, salts } = record as RecordOf<K> & Logged;
  const answer: Record<string, unknown> = { id };
  const groups: Disclosure['groups'] = [];
  for (const name of visibleGroups(policy, actor, facts)) {
    Object.assign(answer, groupValue(policy.groups[name]!, record));
    if (isClearGroup(policy, name)) {
      groups.push({ name });
      continue;
    }
    const salt = salts?.[name];
    if (!salt) throw new Error(`${kind} ${id} has no salt for its sealed group ${name}`);
    groups.push({ name, salt });
  }
  return { ...answer, id, log_index, disclosure: { kind, index: log_index, groups } };
}

/** Whether the record exists for this reader: when not, it is answered as not found, never as forbidden. */
export function isVisible<K extends RecordKindName>(kind: K, record: RecordOf<K>, context: ContextOf<K>, actor: Actor): boolean {
  const policy = DISCLOSURE[kind] as KindPolicy<RecordOf<K>, ContextOf<K>>;
  return recordExists(policy, actor, policy.facts(record, context));
}
