import type { ControlClaim, ControlStatus } from './control-types.js';

/** Where a claim is about: an area, else a gazetteer place, else a named point. */
export function placeKey(claim: Pick<ControlClaim, 'area_id' | 'geonames_id' | 'place_name'>): string {
  if (claim.area_id) return `area:${claim.area_id}`;
  if (claim.geonames_id !== null) return `geonames:${claim.geonames_id}`;
  return `name:${claim.place_name.toLowerCase()}`;
}

export interface PlaceControl {
  key: string;
  place_name: string;
  geonames_id: number | null;
  area_id: string | null;
  latitude: number | null;
  longitude: number | null;
  /** From the latest assessment at or before the time asked; unknown without one. */
  status: ControlStatus;
  controlled_by: string | null;
  assessment: ControlClaim | null;
  /** What parties and outlets claimed after that assessment, shown beside it and never mixed in. */
  claims_since: ControlClaim[];
}

/**
 * Control at time `at` for every place the claims mention: the latest assessed
 * claim at or before `at`. Claims are only ever listed beside it.
 */
export function controlAt(claims: readonly ControlClaim[], at: string): PlaceControl[] {
  const byPlace = new Map<string, ControlClaim[]>();
  for (const claim of claims) {
    if (claim.as_of > at) continue;
    const key = placeKey(claim);
    byPlace.set(key, [...(byPlace.get(key) ?? []), claim]);
  }
  return [...byPlace.entries()].map(([key, placeClaims]) => {
    const ordered = [...placeClaims].sort((a, b) => (a.as_of === b.as_of ? a.log_index - b.log_index : a.as_of < b.as_of ? -1 : 1));
    const assessment = ordered.filter((c) => c.basis === 'assessed').at(-1) ?? null;
    const where = assessment ?? ordered.at(-1)!;
    return {
      key,
      place_name: where.place_name,
      geonames_id: where.geonames_id,
      area_id: where.area_id,
      latitude: where.latitude,
      longitude: where.longitude,
      status: assessment?.status ?? 'unknown',
      controlled_by: assessment?.controlled_by ?? null,
      assessment,
      claims_since: ordered.filter((c) => c.basis === 'claimed' && (!assessment || c.as_of >= assessment.as_of)),
    };
  });
}
