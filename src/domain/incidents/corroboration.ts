import { INDEPENDENT } from '../monitoring/report-types.js';

/** A source's affiliation as counted for corroboration: its party, or `independent`. */
export function affiliationKey(partyId: string | null): string {
  return partyId ?? INDEPENDENT;
}

/**
 * Corroboration counts independent confirmations: reports from two sources of the
 * same party count once, so it is the number of distinct affiliations.
 */
export function mergeAffiliations(...lists: (readonly string[])[]): string[] {
  return [...new Set(lists.flat())].sort();
}
