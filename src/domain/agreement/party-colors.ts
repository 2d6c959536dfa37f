/**
 * The one colour scheme for parties, control and incidents, read by the web app's map and
 * dashboard and by the server's daily report, so a party has one colour everywhere.
 * Party colours are Okabe–Ito hues (told apart with colour-blindness, no national flag
 * colours); vermilion and orange are kept out of them because incidents are vermilion.
 */
const PARTY_PALETTE = ['#0072B2', '#009E73', '#CC79A7', '#56B4E9', '#E6C700', '#332288'];
export const CONTESTED_COLOR = '#6b4c9a';
export const UNKNOWN_COLOR = '#6e6e6e';
export const INCIDENT_COLOR = '#D55E00';
export const INCIDENT_OUTLINE = '#7a2e0e';

/** A stable colour per party: ordered by id, so the same parties get the same colours on every page and in every report. */
export function partyColors(partyIds: readonly string[]): Map<string, string> {
  return new Map([...new Set(partyIds)].sort().map((id, i) => [id, PARTY_PALETTE[i % PARTY_PALETTE.length] ?? UNKNOWN_COLOR]));
}
