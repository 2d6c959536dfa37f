import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Truce } from '../../create-truce.js';
import { RELIABILITY_GRADES, SOURCE_TYPES } from '../../domain/monitoring/report-types.js';
import { createSource } from '../../services/sources/create-source.js';
import { getSource, getSources } from '../../services/sources/get-sources.js';
import { errorResponse, idParams, logIndex, recordId } from '../common/common-schemas.js';

const sourceBody = z.strictObject({
  name: z.string().trim().min(1).max(300),
  type: z.enum(SOURCE_TYPES),
  affiliation: recordId.nullable().meta({ description: 'The party the source belongs to, or null for an independent source.' }),
  default_reliability: z.enum(RELIABILITY_GRADES, { message: 'must be an Admiralty grade A–F' }),
});

const sourceResponse = z
  .object({
    id: z.string(),
    name: z.string(),
    type: z.enum(SOURCE_TYPES),
    affiliation: z.string().nullable(),
    default_reliability: z.enum(RELIABILITY_GRADES),
    synthetic: z.boolean(),
    created_at: z.string(),
    updated_at: z.string(),
    log_index: logIndex,
  })
  .meta({ id: 'Source' });

const errors = { 400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse, 409: errorResponse };
const tags = ['sources'];

export function sourcesRoute(truce: Truce): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/sources', { config: { action: 'source.read' }, schema: { tags, response: { 200: z.object({ items: z.array(sourceResponse) }), ...errors } } }, async (request) => ({
      items: await truce.runner.read(request.actor, getSources, undefined),
    }));
    app.get('/sources/:id', { config: { action: 'source.read' }, schema: { tags, params: idParams, response: { 200: sourceResponse, ...errors } } }, async (request) =>
      truce.runner.read(request.actor, getSource, request.params),
    );
    app.post('/sources', { config: { action: 'source.create' }, schema: { tags, body: sourceBody, response: { 201: sourceResponse, ...errors } } }, async (request, reply) =>
      reply.code(201).send(await truce.runner.write(request.actor, createSource, request.body)),
    );
  };
}
