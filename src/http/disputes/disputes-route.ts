import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Truce } from '../../create-truce.js';
import { fileDispute } from '../../services/disputes/file-dispute.js';
import { getDispute, getDisputes } from '../../services/disputes/get-disputes.js';
import { ruleDispute } from '../../services/disputes/rule-dispute.js';
import { errorResponse, idParams } from '../common/common-schemas.js';
import { disputeBody, disputeResponse, rulingBody } from '../incidents/incident-schema.js';
import { presentDispute } from '../incidents/present-incident.js';

const errors = { 400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse, 409: errorResponse };
const tags = ['disputes'];

export function disputesRoute(truce: Truce): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/disputes', { config: { action: 'dispute.read' }, schema: { tags, response: { 200: z.object({ items: z.array(disputeResponse) }), ...errors } } }, async (request) => ({
      items: (await truce.runner.read(request.actor, getDisputes, undefined)).flatMap((view) => presentDispute(request.actor, view) ?? []),
    }));
    app.get('/disputes/:id', { config: { action: 'dispute.read' }, schema: { tags, params: idParams, response: { 200: disputeResponse, ...errors } } }, async (request) =>
      presentDispute(request.actor, await truce.runner.read(request.actor, getDispute, request.params))!,
    );
    app.post(
      '/disputes',
      { config: { action: 'dispute.create' }, schema: { tags, description: 'A liaison of the attributed party disputes a verified incident.', body: disputeBody, response: { 201: disputeResponse, ...errors } } },
      async (request, reply) => reply.code(201).send(presentDispute(request.actor, await truce.runner.write(request.actor, fileDispute, request.body))!),
    );
    app.post(
      '/disputes/:id/ruling',
      { config: { action: 'dispute.rule' }, schema: { tags, description: 'A mediator rules: the finding is upheld or overturned.', params: idParams, body: rulingBody, response: { 201: disputeResponse, ...errors } } },
      async (request, reply) => reply.code(201).send(presentDispute(request.actor, await truce.runner.write(request.actor, ruleDispute, { dispute_id: request.params.id, ...request.body }))!),
    );
  };
}
