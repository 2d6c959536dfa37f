import type { z } from 'zod';
import type { Place } from '../../store/queries/place-queries.js';
import type { placeResponse } from './place-schema.js';

export function presentPlace(place: Place): z.infer<typeof placeResponse> {
  return {
    geonames_id: place.geonames_id,
    name: place.name,
    country: place.country,
    admin_code: place.admin_code,
    latitude: place.latitude,
    longitude: place.longitude,
    population: place.population,
  };
}
