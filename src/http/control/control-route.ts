import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Truce } from '../../create-truce.js';
import { getControlAt } from '../../services/control/get-control-at.js';
import { getControlTimeline } from '../../services/control/get-control-timeline.js';
import { errorResponse } from '../common/common-schemas.js';
import { controlClaimResponse } from '../control-claims/control-claim-schema.js';
import { presentControlClaim } from '../control-claims/present-control-claim.js';
import { controlQuery, controlResponse, timelineQuery } from './control-schema.js';

const errors = { 400: errorResponse, 401: errorResponse, 403: errorResponse };
const tags = ['control'];

export function controlRoute(truce: Truce): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/control',
      {
        config: { action: 'control_claim.read' },
        schema: {
          tags,
          description: 'Control of every place and area at `at`: the latest assessment at or before it, with the claims made since listed beside it, never mixed in.',
          querystring: controlQuery,
          response: { 200: controlResponse, ...errors },
        },
      },
      async (request) => ({
        at: request.query.at,
        items: (await truce.runner.read(request.actor, getControlAt, request.query)).map((place) => ({
          ...place,
          assessment: place.assessment && presentControlClaim(request.actor, place.assessment),
          claims_since: place.claims_since.map((c) => presentControlClaim(request.actor, c)),
        })),
      }),
    );

    app.get(
      '/control/timeline',
      {
        config: { action: 'control_claim.read' },
        schema: {
          tags,
          description: 'Every claim and assessment about one place (geonames_id) or area (area_id), by as_of.',
          querystring: timelineQuery,
          response: { 200: z.object({ items: z.array(controlClaimResponse) }), ...errors },
        },
      },
      async (request) => ({ items: (await truce.runner.read(request.actor, getControlTimeline, request.query)).map((c) => presentControlClaim(request.actor, c)) }),
    );
  };
}
