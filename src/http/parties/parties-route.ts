import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Truce } from '../../create-truce.js';
import { createParty } from '../../services/parties/create-party.js';
import { getParties } from '../../services/parties/get-parties.js';
import { getParty } from '../../services/parties/get-party.js';
import { updateParty } from '../../services/parties/update-party.js';
import { errorResponse, idParams } from '../common/common-schemas.js';
import { createPartyBody, partyResponse, updatePartyBody } from './party-schema.js';
import { presentParty } from './present-party.js';

const errors = { 400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse, 409: errorResponse };

export function partiesRoute(truce: Truce): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/parties',
      { config: { action: 'party.read' }, schema: { tags: ['parties'], response: { 200: z.object({ items: z.array(partyResponse) }) } } },
      async (request) => ({ items: (await truce.runner.read(request.actor, getParties, undefined)).map((p) => presentParty(request.actor, p)) }),
    );

    app.get(
      '/parties/:id',
      { config: { action: 'party.read' }, schema: { tags: ['parties'], params: idParams, response: { 200: partyResponse, ...errors } } },
      async (request) => presentParty(request.actor, await truce.runner.read(request.actor, getParty, request.params)),
    );

    app.post(
      '/parties',
      { config: { action: 'party.create' }, schema: { tags: ['parties'], body: createPartyBody, response: { 201: partyResponse, ...errors } } },
      async (request, reply) => reply.code(201).send(presentParty(request.actor, await truce.runner.write(request.actor, createParty, request.body))),
    );

    app.patch(
      '/parties/:id',
      {
        config: { action: 'party.update' },
        schema: { tags: ['parties'], params: idParams, body: updatePartyBody, response: { 200: partyResponse, ...errors } },
      },
      async (request) => presentParty(request.actor, await truce.runner.write(request.actor, updateParty, { ...request.body, id: request.params.id })),
    );
  };
}
