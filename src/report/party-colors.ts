/** Colours that stay apart in print and for colour-blind readers (Okabe–Ito). */
const PALETTE = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#F0E442'];
export const UNATTRIBUTED_COLOR = '#777777';

export function partyColors(partyIds: readonly string[]): Map<string, string> {
  return new Map(partyIds.map((id, i) => [id, PALETTE[i % PALETTE.length]!]));
}
