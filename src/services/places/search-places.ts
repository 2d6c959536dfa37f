import { placeNameKey } from '../../domain/monitoring/place-name.js';
import { searchPlacesByKeyPrefix, type Place } from '../../store/queries/place-queries.js';
import type { ReadContext } from '../use-case-context.js';

export interface SearchPlacesInput {
  q: string;
  country?: string | undefined;
  limit?: number | undefined;
}

export const DEFAULT_PLACE_LIMIT = 20;

/** Gazetteer places whose name starts with `q`, ignoring case and accents, largest population first. */
export async function searchPlaces(ctx: ReadContext, input: SearchPlacesInput): Promise<Place[]> {
  const key = placeNameKey(input.q);
  if (key === '') return [];
  return searchPlacesByKeyPrefix(ctx.db, key, { country: input.country, limit: input.limit ?? DEFAULT_PLACE_LIMIT });
}
