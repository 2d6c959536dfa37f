import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Truce } from '../../create-truce.js';
import { searchPlaces } from '../../services/places/search-places.js';
import { errorResponse } from '../common/common-schemas.js';
import { placeResponse, placesQuery } from './place-schema.js';
import { presentPlace } from './present-place.js';

const errors = { 400: errorResponse, 401: errorResponse, 403: errorResponse };

export function placesRoute(truce: Truce): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/places',
      {
        config: { action: 'place.read' },
        schema: {
          tags: ['places'],
          description:
            'Searches the GeoNames gazetteer by the start of a name, ignoring case and accents: the largest population first, then by GeoNames id. Then, within the limit, the places the start of another romanisation of the name or the name in Ukrainian or Russian Cyrillic finds ("Kupiansk" or "Куп’янськ" for Kupjansk), in the same order.',
          querystring: placesQuery,
          response: { 200: z.object({ items: z.array(placeResponse) }), ...errors },
        },
      },
      async (request) => ({ items: (await truce.runner.read(request.actor, searchPlaces, request.query)).map(presentPlace) }),
    );
  };
}
