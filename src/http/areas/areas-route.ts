import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Truce } from '../../create-truce.js';
import { createArea } from '../../services/areas/create-area.js';
import { getArea } from '../../services/areas/get-area.js';
import { getAreas } from '../../services/areas/get-areas.js';
import { errorResponse, idParams } from '../common/common-schemas.js';
import { areaResponse, areasQuery, createAreaBody } from './area-schema.js';
import { presentArea } from './present-area.js';

const errors = { 400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse, 409: errorResponse, 413: errorResponse };
const tags = ['control'];

export function areasRoute(truce: Truce): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/areas',
      { config: { action: 'area.read' }, schema: { tags, querystring: areasQuery, response: { 200: z.object({ items: z.array(areaResponse) }), ...errors } } },
      async (request) => ({ items: (await truce.runner.read(request.actor, getAreas, request.query)).map((a) => presentArea(request.actor, a)) }),
    );

    app.get(
      '/areas/:id',
      { config: { action: 'area.read' }, schema: { tags, params: idParams, response: { 200: areaResponse, ...errors } } },
      async (request) => presentArea(request.actor, await truce.runner.read(request.actor, getArea, request.params)),
    );

    app.post(
      '/areas',
      {
        config: { action: 'area.create' },
        bodyLimit: 5 * 1024 * 1024,
        schema: {
          tags,
          description: 'A named polygon, validated (closed rings, coordinates in range, no self-intersection; each defect named by its path) and measured in km².',
          body: createAreaBody,
          response: { 201: areaResponse, ...errors },
        },
      },
      async (request, reply) => reply.code(201).send(presentArea(request.actor, await truce.runner.write(request.actor, createArea, request.body))),
    );
  };
}
