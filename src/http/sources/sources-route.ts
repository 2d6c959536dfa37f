import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Truce } from '../../create-truce.js';
import { createSource } from '../../services/sources/create-source.js';
import { getSource, getSources } from '../../services/sources/get-sources.js';
import { errorResponse, idParams } from '../common/common-schemas.js';
import { presentSource } from './present-source.js';
import { sourceBody, sourceResponse } from './source-schema.js';

const errors = { 400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse, 409: errorResponse };
const tags = ['sources'];

export function sourcesRoute(truce: Truce): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/sources', { config: { action: 'source.read' }, schema: { tags, response: { 200: z.object({ items: z.array(sourceResponse) }), ...errors } } }, async (request) => ({
      items: (await truce.runner.read(request.actor, getSources, undefined)).map((s) => presentSource(request.actor, s)),
    }));
    app.get('/sources/:id', { config: { action: 'source.read' }, schema: { tags, params: idParams, response: { 200: sourceResponse, ...errors } } }, async (request) =>
      presentSource(request.actor, await truce.runner.read(request.actor, getSource, request.params)),
    );
    app.post('/sources', { config: { action: 'source.create' }, schema: { tags, body: sourceBody, response: { 201: sourceResponse, ...errors } } }, async (request, reply) =>
      reply.code(201).send(presentSource(request.actor, await truce.runner.write(request.actor, createSource, request.body))),
    );
  };
}
