import type { ReportKind } from '../monitoring/report-taxonomy.js';

/** ACLED's three top-level categories of event. */
export type AcledDisorderType = 'Political violence' | 'Strategic developments' | 'Demonstrations';

export interface AcledEventType {
  disorder_type: AcledDisorderType;
  event_type: string;
  sub_event_type: string;
}

const REMOTE = 'Explosions/Remote violence';
const SHELLING: AcledEventType = { disorder_type: 'Political violence', event_type: REMOTE, sub_event_type: 'Shelling/artillery/missile attack' };
const AIR: AcledEventType = { disorder_type: 'Political violence', event_type: REMOTE, sub_event_type: 'Air/drone strike' };
const CLASH: AcledEventType = { disorder_type: 'Political violence', event_type: 'Battles', sub_event_type: 'Armed clash' };
const strategic = (sub_event_type: string): AcledEventType => ({ disorder_type: 'Strategic developments', event_type: 'Strategic developments', sub_event_type });

/**
 * Each Truce kind as the ACLED event type and sub-type that describe it best. Kinds ACLED has
 * no category for (what monitors observe but ACLED does not code as violence) are strategic
 * developments of sub-type "Other"; the Truce kind itself goes out beside them (docs/interop.md).
 */
export const ACLED_EVENT_TYPES: Record<ReportKind, AcledEventType> = {
  explosion: SHELLING,
  projectile_in_flight: SHELLING,
  muzzle_flash: SHELLING,
  illumination_flare: strategic('Other'),
  burst_or_shot: CLASH,
  shelling: SHELLING,
  missile_strike: SHELLING,
  airstrike: AIR,
  drone_strike: AIR,
  ground_assault: CLASH,
  troop_movement: strategic('Change to group/activity'),
  heavy_weapons_present: strategic('Other'),
  fortification: strategic('Headquarters or base established'),
  mobilization: strategic('Change to group/activity'),
  arms_delivery: strategic('Other'),
  access_restriction: strategic('Other'),
  civilian_harm: { disorder_type: 'Political violence', event_type: 'Violence against civilians', sub_event_type: 'Attack' },
  infrastructure_damage: strategic('Looting/property destruction'),
  territorial_change: strategic('Other'),
};

/** Kinds whose ACLED row carries "Civilian targeting": the event was aimed at civilians. */
export const CIVILIAN_TARGETING_KINDS: readonly ReportKind[] = ['civilian_harm'];
