import type { PlaceControl } from './control-at.js';
import type { ControlClaim } from './control-types.js';

/** One place's control in an agreement's baseline. */
export interface BaselinePlace {
  key: string;
  place_name: string;
  geonames_id: number | null;
  area_id: string | null;
  status: PlaceControl['status'];
  controlled_by: string | null;
  assessment_id: string | null;
}

export interface TerritorialChange {
  key: string;
  from: { status: PlaceControl['status']; controlled_by: string | null };
  to: { status: PlaceControl['status']; controlled_by: string | null };
}

export function baselinePlace(control: PlaceControl): BaselinePlace {
  return {
    key: control.key,
    place_name: control.place_name,
    geonames_id: control.geonames_id,
    area_id: control.area_id,
    status: control.status,
    controlled_by: control.controlled_by,
    assessment_id: control.assessment?.id ?? null,
  };
}

/**
 * Whether an assessed claim made inside an agreement's window changes control
 * from the baseline. A claim (basis claimed) never does; a place absent from the
 * baseline was of unknown control.
 */
export function territorialChange(baseline: BaselinePlace | undefined, key: string, claim: ControlClaim, window: { from: string; to: string }): TerritorialChange | null {
  if (claim.basis !== 'assessed') return null;
  if (claim.as_of < window.from || claim.as_of >= window.to) return null;
  const from = { status: baseline?.status ?? ('unknown' as const), controlled_by: baseline?.controlled_by ?? null };
  const to = { status: claim.status, controlled_by: claim.controlled_by };
  if (from.status === to.status && from.controlled_by === to.controlled_by) return null;
  return { key, from, to };
}

/**
 * Whether a change repeats one already opened: the same place reaching the same control.
 * A second assessment confirming it adds no new event to investigate.
 */
export function repeatsChange(opened: readonly Pick<TerritorialChange, 'key' | 'to'>[], change: TerritorialChange): boolean {
  return opened.some((o) => o.key === change.key && o.to.status === change.to.status && o.to.controlled_by === change.to.controlled_by);
}
