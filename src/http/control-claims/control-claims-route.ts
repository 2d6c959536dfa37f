import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Truce } from '../../create-truce.js';
import { createControlClaim } from '../../services/control/create-control-claim.js';
import { getControlClaims } from '../../services/control/get-control-claims.js';
import { errorResponse } from '../common/common-schemas.js';
import { controlClaimQuery, controlClaimResponse, createControlClaimBody } from './control-claim-schema.js';
import { presentControlClaim } from './present-control-claim.js';

const errors = { 400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse, 409: errorResponse };
const tags = ['control'];

export function controlClaimsRoute(truce: Truce): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/control-claims',
      {
        config: { action: 'control_claim.read' },
        schema: { tags, querystring: controlClaimQuery, response: { 200: z.object({ items: z.array(controlClaimResponse) }), ...errors } },
      },
      async (request) => ({ items: (await truce.runner.read(request.actor, getControlClaims, request.query)).map((c) => presentControlClaim(request.actor, c)) }),
    );

    app.post(
      '/control-claims',
      {
        config: { action: 'control_claim.create' },
        schema: {
          tags,
          description:
            'Records a claim (what a party or outlet says) or an assessment (the mission’s own). An assessment whose as_of falls in the window [effective_at, expires_at) of an agreement in force and differs from that agreement’s baseline opens, in the same transaction, a territorial_change incident against its cessation-of-hostilities term, verified like any incident and never merged with others; whoever recorded the assessment cannot verify it. A claim never opens one, nor does the same place reaching the same control again.',
          body: createControlClaimBody,
          response: { 201: controlClaimResponse, ...errors },
        },
      },
      async (request, reply) => reply.code(201).send(presentControlClaim(request.actor, await truce.runner.write(request.actor, createControlClaim, request.body))),
    );
  };
}
