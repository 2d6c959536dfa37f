import type { Actor } from '../actor.js';
import { firstGroup, readersOf, type KindPolicy } from './disclosure-policy.js';

/**
 * Which records of a kind exist for a reader, as conditions a query can apply instead of
 * reading every row: all of them, or those that are published, attributed to or filed by the
 * reader's party, or the reader's own. The same rule as `recordExists`, read off the policy.
 */
export interface VisibilityFilter {
  all: boolean;
  published: boolean;
  attributedParty: string | null;
  filingParty: string | null;
  owner: string | null;
}

export function visibilityFilter<R, C>(policy: KindPolicy<R, C>, actor: Actor): VisibilityFilter {
  const readers = firstGroup(policy).readers;
  const byRole = readersOf(actor, {});
  const party = actor.role === 'liaison' ? (actor.partyId ?? null) : null;
  return {
    all: readers.some((r) => byRole.has(r)),
    published: readers.includes('published'),
    attributedParty: readers.includes('attributed_party') ? party : null,
    filingParty: readers.includes('filing_party') ? party : null,
    owner: readers.includes('owner') ? actor.id : null,
  };
}

/** Whether a reader sees a group of every record of the kind by role alone, sensitive or not (staff see exact points). */
export function seesByRole<R, C>(policy: KindPolicy<R, C>, group: string, actor: Actor, sensitive: boolean): boolean {
  const rule = policy.groups[group];
  if (!rule) return false;
  const readers = sensitive && rule.whenSensitive ? rule.whenSensitive : rule.readers;
  const byRole = readersOf(actor, {});
  return readers.some((r) => byRole.has(r));
}
