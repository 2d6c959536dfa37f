import { z } from 'zod';

export const placesQuery = z.strictObject({
  q: z
    .string()
    .trim()
    .min(1, 'must name at least one letter of the place')
    .max(100)
    .regex(/^[^\p{Cc}\p{Cs}\p{Co}\p{Cn}]*$/u, 'must be printable text, without control characters')
    .meta({ description: 'The start of a place name; case and accents are ignored ("sudz" finds Sudzha), and so are the usual differences of romanisation and Cyrillic ("Kupiansk" and "Куп’янськ" find Kupjansk).' }),
  country: z
    .string()
    .regex(/^[A-Za-z]{2}$/, 'must be an ISO 3166-1 alpha-2 country code, e.g. RU')
    .optional(),
  limit: z.coerce.number().int().min(1).max(100).optional().meta({ description: 'At most this many places (default 20).' }),
});

export const placeResponse = z
  .object({
    geonames_id: z.number().int(),
    name: z.string(),
    country: z.string(),
    admin_code: z.string(),
    latitude: z.number(),
    longitude: z.number(),
    population: z.number(),
  })
  .meta({ id: 'Place' });
