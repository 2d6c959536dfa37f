import type { ReportKind } from '../monitoring/report-taxonomy.js';

/**
 * ACLED's sub-event types as Truce kinds, where one fits; the rest (protests, riots, arrests,
 * agreements, and what ACLED calls "Other") have no kind in the taxonomy and keep their
 * original type. See docs/interop.md; `truce_kind`, in Truce's own exports, wins over this.
 */
const BY_SUB_EVENT: Record<string, ReportKind> = {
  'shelling/artillery/missile attack': 'shelling',
  'air/drone strike': 'airstrike',
  'remote explosive/landmine/ied': 'explosion',
  grenade: 'explosion',
  'suicide bomb': 'explosion',
  'armed clash': 'ground_assault',
  'government regains territory': 'territorial_change',
  'non-state actor overtakes territory': 'territorial_change',
  attack: 'civilian_harm',
  'sexual violence': 'civilian_harm',
  'abduction/forced disappearance': 'civilian_harm',
  'change to group/activity': 'troop_movement',
  'headquarters or base established': 'fortification',
  'looting/property destruction': 'infrastructure_damage',
};

/** Sub-event types that also state who took ground: the row records a control claim too. */
export const TERRITORY_SUB_EVENTS = ['government regains territory', 'non-state actor overtakes territory'];

export function acledKind(subEventType: string): ReportKind | null {
  return BY_SUB_EVENT[subEventType.trim().toLowerCase()] ?? null;
}

/** ACLED's numeric `inter` codes (the 2023 layout) as the text its current layout writes. */
export const ACLED_INTER_CODES: Record<string, string> = {
  '0': '',
  '1': 'State forces',
  '2': 'Rebel group',
  '3': 'Political militia',
  '4': 'Identity militia',
  '5': 'Rioters',
  '6': 'Protesters',
  '7': 'Civilians',
  '8': 'External/Other forces',
};
