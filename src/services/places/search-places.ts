import { placeNameKey } from '../../domain/monitoring/place-name.js';
import { placeSearchKey } from '../../domain/monitoring/place-search-key.js';
import { searchPlacesByKeyPrefix, type Place } from '../../store/queries/place-queries.js';
import type { ReadContext } from '../use-case-context.js';

export interface SearchPlacesInput {
  q: string;
  country?: string | undefined;
  limit?: number | undefined;
}

export const DEFAULT_PLACE_LIMIT = 20;

/**
 * Gazetteer places whose name starts with `q`, ignoring case and accents, largest population
 * first; then, while the limit allows, those another spelling of `q` or `q` in Cyrillic names
 * ("Kupiansk" or "Куп’янськ" for "Kupjansk"), found by their search key, largest first.
 */
export async function searchPlaces(ctx: ReadContext, input: SearchPlacesInput): Promise<Place[]> {
  const limit = input.limit ?? DEFAULT_PLACE_LIMIT;
  const nameKey = placeNameKey(input.q);
  const exact = nameKey === '' ? [] : await searchPlacesByKeyPrefix(ctx.db, 'name_key', nameKey, { country: input.country, limit });
  const searchKey = placeSearchKey(input.q);
  if (exact.length >= limit || searchKey === '') return exact;
  // Those found already may come again: asking for as many more leaves room for them.
  const spelled = await searchPlacesByKeyPrefix(ctx.db, 'search_key', searchKey, { country: input.country, limit: limit + exact.length });
  const found = new Set(exact.map((p) => p.geonames_id));
  return [...exact, ...spelled.filter((p) => !found.has(p.geonames_id))].slice(0, limit);
}
