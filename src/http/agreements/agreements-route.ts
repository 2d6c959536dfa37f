import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Truce } from '../../create-truce.js';
import { addTerm } from '../../services/agreements/add-term.js';
import { createAgreement } from '../../services/agreements/create-agreement.js';
import { getAgreement } from '../../services/agreements/get-agreement.js';
import { getAgreements } from '../../services/agreements/get-agreements.js';
import { recordPosition } from '../../services/agreements/record-position.js';
import { resolveCondition } from '../../services/agreements/resolve-condition.js';
import { transitionAgreement } from '../../services/agreements/transition-agreement.js';
import { updateAgreement } from '../../services/agreements/update-agreement.js';
import { updateTerm } from '../../services/agreements/update-term.js';
import { authorize } from '../authorize.js';
import { errorResponse, idParams } from '../common/common-schemas.js';
import {
  agreementResponse,
  conditionParams,
  createAgreementBody,
  createPositionBody,
  createTermBody,
  positionResponse,
  resolveConditionBody,
  termParams,
  termResponse,
  transitionBody,
  transitionResponse,
  updateAgreementBody,
  updateTermBody,
} from './agreement-schema.js';
import { presentAgreement, presentPosition, presentTerm, presentTransition } from './present-agreement.js';

const errors = { 400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse, 409: errorResponse };
const tags = ['agreements'];

export function agreementsRoute(truce: Truce): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/agreements',
      { config: { action: 'agreement.read' }, schema: { tags, response: { 200: z.object({ items: z.array(agreementResponse) }) } } },
      async (request) => {
        const details = await truce.runner.read(request.actor, getAgreements, undefined);
        const now = truce.runner.now();
        return { items: details.map((d) => presentAgreement(request.actor, d, now)) };
      },
    );

    app.get(
      '/agreements/:id',
      { config: { action: 'agreement.read' }, schema: { tags, params: idParams, response: { 200: agreementResponse, ...errors } } },
      async (request) => presentAgreement(request.actor, await truce.runner.read(request.actor, getAgreement, request.params), truce.runner.now()),
    );

    app.post(
      '/agreements',
      { config: { action: 'agreement.create' }, schema: { tags, body: createAgreementBody, response: { 201: agreementResponse, ...errors } } },
      async (request, reply) => {
        const detail = await truce.runner.write(request.actor, createAgreement, request.body);
        return reply.code(201).send(presentAgreement(request.actor, detail, truce.runner.now()));
      },
    );

    app.patch(
      '/agreements/:id',
      { config: { action: 'agreement.update' }, schema: { tags, params: idParams, body: updateAgreementBody, response: { 200: agreementResponse, ...errors } } },
      async (request) => presentAgreement(request.actor, await truce.runner.write(request.actor, updateAgreement, { ...request.body, id: request.params.id }), truce.runner.now()),
    );

    app.get(
      '/agreements/:id/transitions',
      { config: { action: 'agreement.read' }, schema: { tags, params: idParams, response: { 200: z.object({ items: z.array(transitionResponse) }), ...errors } } },
      async (request) => ({ items: (await truce.runner.read(request.actor, getAgreement, request.params)).transitions.map((t) => presentTransition(request.actor, t)) }),
    );

    app.post(
      '/agreements/:id/transitions',
      {
        config: { action: 'agreement.transition' },
        schema: {
          tags,
          description:
            'Moves the agreement along draft → proposed → in_force → extended | collapsed | superseded; expired follows from the clock. Proposing needs two parties. Entry into force needs every party’s latest position accepted, or accepted with every condition met or waived, and effective_at come; it takes the baseline, control at effective_at. An extension records a later expires_at with every party in agreed_by; collapse and supersession need a reason. A refused change is a 409 naming the rule.',
          params: idParams,
          body: transitionBody,
          response: { 201: agreementResponse, ...errors },
        },
      },
      async (request, reply) => {
        const detail = await truce.runner.write(request.actor, transitionAgreement, { ...request.body, id: request.params.id });
        return reply.code(201).send(presentAgreement(request.actor, detail, truce.runner.now()));
      },
    );

    app.get(
      '/agreements/:id/terms',
      { config: { action: 'agreement.read' }, schema: { tags, params: idParams, response: { 200: z.object({ items: z.array(termResponse) }), ...errors } } },
      async (request) => ({ items: (await truce.runner.read(request.actor, getAgreement, request.params)).terms.map((t) => presentTerm(request.actor, t)) }),
    );

    app.post(
      '/agreements/:id/terms',
      { config: { action: 'term.create' }, schema: { tags, params: idParams, body: createTermBody, response: { 201: termResponse, ...errors } } },
      async (request, reply) => reply.code(201).send(presentTerm(request.actor, await truce.runner.write(request.actor, addTerm, { ...request.body, agreement_id: request.params.id }))),
    );

    app.patch(
      '/agreements/:id/terms/:termId',
      { config: { action: 'term.update' }, schema: { tags, params: termParams, body: updateTermBody, response: { 200: termResponse, ...errors } } },
      async (request) =>
        presentTerm(request.actor, await truce.runner.write(request.actor, updateTerm, { ...request.body, agreement_id: request.params.id, term_id: request.params.termId })),
    );

    app.get(
      '/agreements/:id/positions',
      {
        config: { action: 'agreement.read' },
        schema: { tags, params: idParams, response: { 200: z.object({ items: z.array(positionResponse) }), ...errors } },
      },
      async (request) => ({ items: (await truce.runner.read(request.actor, getAgreement, request.params)).positions.map((p) => presentPosition(request.actor, p)) }),
    );

    app.post(
      '/agreements/:id/positions',
      { config: { action: 'position.create' }, schema: { tags, params: idParams, body: createPositionBody, response: { 201: positionResponse, ...errors } } },
      async (request, reply) => {
        // A liaison states only its own party's position.
        authorize(request, 'position.create', { partyId: request.body.party_id });
        return reply.code(201).send(presentPosition(request.actor, await truce.runner.write(request.actor, recordPosition, { ...request.body, agreement_id: request.params.id })));
      },
    );

    app.post(
      '/agreements/:id/positions/:positionId/conditions/:conditionId',
      {
        config: { action: 'condition.resolve' },
        schema: {
          tags,
          description: 'A mediator marks a condition of a position met or waived; entry into force waits for every condition of an accepted_with_conditions position.',
          params: conditionParams,
          body: resolveConditionBody,
          response: { 200: positionResponse, ...errors },
        },
      },
      async (request) =>
        presentPosition(
          request.actor,
          await truce.runner.write(request.actor, resolveCondition, {
            ...request.body,
            agreement_id: request.params.id,
            position_id: request.params.positionId,
            condition_id: request.params.conditionId,
          }),
        ),
    );
  };
}
