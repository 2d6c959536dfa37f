/** Okabe–Ito colours: distinguishable with colour-blindness, and no national flag colours. */
const PALETTE = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9'];
export const CONTESTED_COLOR = '#6b4c9a';
export const UNKNOWN_COLOR = '#6e6e6e';

/** A stable colour per party: the same party gets the same colour on every visit. */
export function partyColors(partyIds: readonly string[]): Map<string, string> {
  return new Map([...partyIds].sort().map((id, i) => [id, PALETTE[i % PALETTE.length] ?? UNKNOWN_COLOR]));
}
