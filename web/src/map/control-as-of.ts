import type { z } from 'zod';
import type { controlClaimResponse } from '@contract/control-claims/control-claim-schema.js';

export type ControlClaim = z.infer<typeof controlClaimResponse>;

/** What is known about one place on a date: the mission's assessment, and beside it what others claim. */
export interface PlaceControl {
  key: string;
  placeName: string;
  latitude: number | null;
  longitude: number | null;
  /** The latest assessed claim at or before the date: control as the mission concluded it. */
  assessed: ControlClaim | null;
  /** The latest claim of each claimant at or before the date; never merged into `assessed`. */
  claims: ControlClaim[];
}

function placeKey(claim: ControlClaim): string {
  if (claim.geonames_id !== null) return `geonames:${claim.geonames_id}`;
  if (claim.area_id !== null) return `area:${claim.area_id}`;
  return `name:${claim.place_name}`;
}

const later = (a: ControlClaim, b: ControlClaim) => a.as_of > b.as_of || (a.as_of === b.as_of && a.log_index > b.log_index);

/** Control at `at` (ISO-8601, UTC): per place, the latest assessment and each claimant's latest claim. */
export function controlAsOf(claims: readonly ControlClaim[], at: string): PlaceControl[] {
  const places = new Map<string, PlaceControl & { byClaimant: Map<string, ControlClaim> }>();
  for (const claim of claims) {
    if (claim.as_of > at) continue;
    const key = placeKey(claim);
    let place = places.get(key);
    if (!place) {
      place = { key, placeName: claim.place_name, latitude: claim.latitude, longitude: claim.longitude, assessed: null, claims: [], byClaimant: new Map() };
      places.set(key, place);
    }
    if (place.latitude === null && claim.latitude !== null) {
      place.latitude = claim.latitude;
      place.longitude = claim.longitude;
    }
    if (claim.basis === 'assessed') {
      if (!place.assessed || later(claim, place.assessed)) place.assessed = claim;
    } else {
      const claimant = claim.claimant ?? claim.source;
      const previous = place.byClaimant.get(claimant);
      if (!previous || later(claim, previous)) place.byClaimant.set(claimant, claim);
    }
  }
  return [...places.values()]
    .map(({ byClaimant, ...place }) => ({ ...place, claims: [...byClaimant.values()].sort((a, b) => b.as_of.localeCompare(a.as_of)) }))
    .sort((a, b) => a.placeName.localeCompare(b.placeName));
}

/** The end of a calendar day in UTC: control "on 13 March" includes what was recorded that day. */
export function endOfUtcDay(isoDate: string): string {
  return `${isoDate}T23:59:59.999Z`;
}
