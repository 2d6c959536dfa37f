import { INDEPENDENT } from '../monitoring/report-types.js';

/** A source's affiliation as counted for corroboration: its party, or `independent`. */
export function affiliationKey(partyId: string | null): string {
  return partyId ?? INDEPENDENT;
}

/**
 * The affiliation a report counts under: a party's allegation carries its own party's,
 * whatever source it names, so that a liaison cannot pass its party's word off as the
 * mission's or the other side's.
 */
export function reportAffiliation(sourceAffiliation: string | null, filedByParty: string | null): string | null {
  return filedByParty ?? sourceAffiliation;
}

/**
 * Corroboration counts independent confirmations: reports from two sources of the
 * same party count once, so it is the number of distinct affiliations.
 */
export function mergeAffiliations(...lists: (readonly string[])[]): string[] {
  return [...new Set(lists.flat())].sort();
}
