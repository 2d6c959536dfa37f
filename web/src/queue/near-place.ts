import { z } from 'zod';
import { placeResponse } from '@contract/places/place-schema.js';
import { fetchJson } from '../api/fetch-json.js';

export type Place = z.infer<typeof placeResponse>;
const placesResponse = z.object({ items: z.array(placeResponse) });

/** How far from the named place an incident counts as near it. */
export const NEAR_KM = 15;
const KM_PER_DEGREE = 111.32;

/** The gazetteer's first place by that name (the most populous), or null when none starts with it. */
export async function findPlace(name: string, signal: AbortSignal): Promise<Place | null> {
  const { items } = await fetchJson(`/api/v1/places?${new URLSearchParams({ q: name, limit: '1' }).toString()}`, placesResponse, signal);
  return items[0] ?? null;
}

/** The API's `bbox` (west,south,east,north) of the square NEAR_KM around a place. */
export function nearBox(place: Place): string {
  const dLat = NEAR_KM / KM_PER_DEGREE;
  const dLon = NEAR_KM / (KM_PER_DEGREE * Math.max(0.01, Math.cos((place.latitude * Math.PI) / 180)));
  const clamp = (n: number, limit: number) => Math.max(-limit, Math.min(limit, n));
  return [clamp(place.longitude - dLon, 180), clamp(place.latitude - dLat, 90), clamp(place.longitude + dLon, 180), clamp(place.latitude + dLat, 90)].map((n) => n.toFixed(4)).join(',');
}
