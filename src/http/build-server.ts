import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyBaseLogger } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { randomUUID } from 'node:crypto';
import { ForbiddenError, UnauthenticatedError } from '../domain/domain-error.js';
import { can } from '../domain/policy/can.js';
import { isAction } from '../domain/policy/actions.js';
import type { Truce } from '../create-truce.js';
import { agreementsRoute } from './agreements/agreements-route.js';
import { authenticate } from './authenticate.js';
import { controlClaimsRoute } from './control-claims/control-claims-route.js';
import { errorHandler } from './error-handler.js';
import { healthRoute } from './health/health-route.js';
import { partiesRoute } from './parties/parties-route.js';
import { disputesRoute } from './disputes/disputes-route.js';
import { evidenceRoute } from './evidence/evidence-route.js';
import { incidentsRoute } from './incidents/incidents-route.js';
import { reportsRoute } from './reports/reports-route.js';
import { sourcesRoute } from './sources/sources-route.js';

export interface ServerOptions {
  logger?: FastifyBaseLogger | boolean;
}

/** Builds the HTTP server over a composed Truce; it opens nothing itself. */
export async function buildServer(truce: Truce, options: ServerOptions = {}) {
  const app = Fastify({
    loggerInstance: typeof options.logger === 'object' ? options.logger : undefined,
    logger: typeof options.logger === 'boolean' ? options.logger : undefined,
    genReqId: () => randomUUID(),
    requestIdHeader: false,
    bodyLimit: 1024 * 1024,
    routerOptions: { ignoreTrailingSlash: true },
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(errorHandler);
  app.setNotFoundHandler((request, reply) =>
    reply.code(404).send({ error: 'not_found', message: `no route ${request.method} ${request.url.split('?')[0]}`, details: [], request_id: request.id }),
  );

  // A route without a declared action would escape the policy: refuse to start.
  app.addHook('onRoute', (route) => {
    const action = route.config?.action;
    if (route.url.startsWith('/api/docs')) return;
    if (!action || !isAction(action)) {
      throw new Error(`route ${String(route.method)} ${route.url} declares no known action (config.action = ${String(action)})`);
    }
  });
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
    request.actor = await authenticate(truce, request);
  });
  app.addHook('preHandler', async (request) => {
    const action = request.routeOptions.config.action;
    if (action === undefined) return;
    if (!isAction(action) || !can(request.actor, action)) {
      if (request.actor.role === 'public') throw new UnauthenticatedError(`${action} needs an authenticated user`);
      throw new ForbiddenError(`${request.actor.role} may not ${action}`);
    }
  });

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Truce API',
        version: '1',
        description: 'Ceasefire monitoring and verification. Every change is appended to a signed transparency log served under /log/.',
      },
      servers: [],
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });

  app.get('/api/openapi.json', { config: { action: 'docs.read' }, schema: { hide: true } }, async () => app.swagger());
  await app.register(healthRoute(truce));
  await app.register(partiesRoute(truce), { prefix: '/api/v1' });
  await app.register(agreementsRoute(truce), { prefix: '/api/v1' });
  await app.register(controlClaimsRoute(truce), { prefix: '/api/v1' });
  for (const route of [sourcesRoute, reportsRoute, evidenceRoute, incidentsRoute, disputesRoute]) await app.register(route(truce), { prefix: '/api/v1' });
  return app;
}
