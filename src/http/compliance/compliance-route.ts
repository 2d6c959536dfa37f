import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Truce } from '../../create-truce.js';
import { getCompliance } from '../../services/compliance/get-compliance.js';
import { errorResponse } from '../common/common-schemas.js';
import { complianceParams, complianceQuery, complianceResponse } from './compliance-schema.js';

const tags = ['compliance'];

export function complianceRoute(truce: Truce): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/agreements/:id/compliance',
      {
        config: { action: 'compliance.read' },
        schema: {
          tags,
          description: 'Compliance figures per party, term and period, each with the change against the previous period and the count since effective_at, and the log tree head they were computed from.',
          params: complianceParams,
          querystring: complianceQuery,
          response: { 200: complianceResponse, 400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse },
        },
      },
      async (request) => truce.runner.read(request.actor, getCompliance, { agreement_id: request.params.id, ...request.query }),
    );
  };
}
