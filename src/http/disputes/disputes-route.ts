import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Truce } from '../../create-truce.js';
import { fileDispute } from '../../services/disputes/file-dispute.js';
import { getDispute, getDisputes } from '../../services/disputes/get-disputes.js';
import { ruleDispute } from '../../services/disputes/rule-dispute.js';
import { errorResponse, idParams } from '../common/common-schemas.js';
import { presentDispute } from '../incidents/present-incident.js';
import { disputeBody, disputeResponse, rulingBody } from './dispute-schema.js';

const errors = { 400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse, 409: errorResponse };
const tags = ['disputes'];

export function disputesRoute(truce: Truce): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/disputes',
      {
        config: { action: 'dispute.read' },
        schema: {
          tags,
          description:
            'For signed-in accounts: the mission sees every dispute; a liaison its own party’s, with the statement; anyone else those of published findings, without the statement or who filed and ruled.',
          response: { 200: z.object({ items: z.array(disputeResponse) }), ...errors },
        },
      },
      async (request) => ({
        items: (await truce.runner.read(request.actor, getDisputes, undefined)).flatMap((view) => presentDispute(request.actor, view) ?? []),
      }),
    );
    app.get('/disputes/:id', { config: { action: 'dispute.read' }, schema: { tags, params: idParams, response: { 200: disputeResponse, ...errors } } }, async (request) =>
      presentDispute(request.actor, await truce.runner.read(request.actor, getDispute, request.params))!,
    );
    app.post(
      '/disputes',
      {
        config: { action: 'dispute.create' },
        schema: {
          tags,
          description:
            'A liaison of the party a verified incident is attributed to disputes the finding, with a statement and optional evidence (a stored SHA-256 or a link). The finding stays published and counted, marked disputed; the statement stays the mission’s and the disputing party’s.',
          body: disputeBody,
          response: { 201: disputeResponse, ...errors },
        },
      },
      async (request, reply) => reply.code(201).send(presentDispute(request.actor, await truce.runner.write(request.actor, fileDispute, request.body))!),
    );
    app.post(
      '/disputes/:id/ruling',
      {
        config: { action: 'dispute.rule' },
        schema: {
          tags,
          description:
            'A mediator rules once, with a rationale: the finding is upheld or overturned, and the incident takes the ruling as its status. The ruling and its rationale are public; an overturned finding leaves the violations.',
          params: idParams,
          body: rulingBody,
          response: { 201: disputeResponse, ...errors },
        },
      },
      async (request, reply) => reply.code(201).send(presentDispute(request.actor, await truce.runner.write(request.actor, ruleDispute, { dispute_id: request.params.id, ...request.body }))!),
    );
  };
}
