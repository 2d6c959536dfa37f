import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyBaseLogger, type FastifyReply } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { randomUUID } from 'node:crypto';
import type { Truce } from '../create-truce.js';
import { agreementsRoute } from './agreements/agreements-route.js';
import { authenticate } from './authenticate.js';
import { areasRoute } from './areas/areas-route.js';
import { placesRoute } from './places/places-route.js';
import { authorize, routeAction } from './authorize.js';
import { complianceRoute } from './compliance/compliance-route.js';
import { dailyReportsRoute } from './daily-reports/daily-reports-route.js';
import { controlClaimsRoute } from './control-claims/control-claims-route.js';
import { controlRoute } from './control/control-route.js';
import { errorHandler } from './error-handler.js';
import { textInputGuard } from './text-input-guard.js';
import { DEFAULT_BODY_RATE, guardSlowBodies, type BodyRate } from './slow-body-guard.js';
import { healthRoute } from './health/health-route.js';
import { idempotencyKeys } from './idempotency-key.js';
import { logApiRoute } from './log/log-api-route.js';
import { logTilesRoute } from './log/log-tiles-route.js';
import { translationsRoute } from './translations/translations-route.js';
import { partiesRoute } from './parties/parties-route.js';
import { collectRoutes } from './route-table.js';
import { DOCS_CSP, HELMET_OPTIONS } from './security-headers.js';
import { sessionRoute } from './session/session-route.js';
import { tokensRoute } from './tokens/tokens-route.js';
import { usersRoute } from './users/users-route.js';
import { webRoute } from './web/web-route.js';
import { disputesRoute } from './disputes/disputes-route.js';
import { evidenceRoute } from './evidence/evidence-route.js';
import { incidentsRoute } from './incidents/incidents-route.js';
import { reportsRoute } from './reports/reports-route.js';
import { sourcesRoute } from './sources/sources-route.js';
import { exportsRoute } from './exports/exports-route.js';
import { ogcRoute } from './ogc/ogc-route.js';

export interface ServerOptions {
  logger?: FastifyBaseLogger | boolean;
  /** Mark the session cookie Secure even over plain HTTP (TLS ends at a proxy in front). */
  secureCookies?: boolean;
  /**
   * Addresses of proxies in front (comma-separated, CIDR allowed) whose X-Forwarded-For and
   * X-Forwarded-Proto to believe; without it, every login behind a proxy shares the proxy's address.
   */
  trustProxy?: string;
  /** The built web app; web/dist by default. */
  webRoot?: string;
  /** The least rate at which a request body must arrive; a slower client is disconnected. */
  bodyRate?: BodyRate;
}

/** Builds the HTTP server over a composed Truce; it opens nothing itself. */
export async function buildServer(truce: Truce, options: ServerOptions = {}) {
  const base = Fastify({
    loggerInstance: typeof options.logger === 'object' ? options.logger : undefined,
    logger: typeof options.logger === 'boolean' ? options.logger : undefined,
    genReqId: () => randomUUID(),
    requestIdHeader: false,
    bodyLimit: 1024 * 1024,
    ...(options.trustProxy ? { trustProxy: options.trustProxy } : {}),
    routerOptions: { ignoreTrailingSlash: true },
    // A URL the router cannot even decode never reaches the hooks: answer it in the one error shape too.
    frameworkErrors: (error, request, reply: FastifyReply) => {
      reply.header('x-request-id', request.id);
      return reply.code(400).send({ error: 'bad_request', message: 'the URL is not valid', details: [{ path: 'url', message: error.message, code: 'invalid_url', params: {} }], request_id: request.id });
    },
  });
  guardSlowBodies(base, options.bodyRate ?? DEFAULT_BODY_RATE);
  const app = base.withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(errorHandler);
  app.setNotFoundHandler((request, reply) =>
    reply.code(404).send({ error: 'not_found', message: `no route ${request.method} ${request.url.split('?')[0]}`, details: [], request_id: request.id }),
  );

  // A route without a declared action would escape the policy: refuse to start.
  collectRoutes(app);
  // Cookies are parsed, and security headers set, before authentication runs.
  await app.register(cookie);
  await app.register(helmet, HELMET_OPTIONS);
  // authenticate → authorize the declared action, before the body is read → validate → the handler
  // (which asks the policy again where the resource matters) → the use case.
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
    await authenticate(truce, request, reply);
    const action = routeAction(request);
    if (action !== undefined) authorize(request, action);
  });
  app.addHook('preValidation', textInputGuard);
  // Retries that never duplicate: after authentication, around every write.
  idempotencyKeys(app, truce);

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Truce API',
        version: '1',
        description: 'Ceasefire monitoring and verification. Every change is appended to a signed transparency log served under /log/.',
      },
      servers: [],
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer', description: 'An API token from POST /api/v1/tokens.' },
          session: { type: 'apiKey', in: 'cookie', name: 'truce_session', description: 'From POST /api/v1/session; changes also need x-csrf-token.' },
        },
      },
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: DOCS_CSP });

  app.get('/api/openapi.json', { config: { action: 'docs.read' }, schema: { hide: true } }, async () => app.swagger());
  await app.register(healthRoute(truce));
  await app.register(sessionRoute(truce, { secureCookies: options.secureCookies ?? false }), { prefix: '/api/v1' });
  await app.register(usersRoute(truce), { prefix: '/api/v1' });
  await app.register(tokensRoute(truce), { prefix: '/api/v1' });
  await app.register(partiesRoute(truce), { prefix: '/api/v1' });
  await app.register(translationsRoute(truce), { prefix: '/api/v1' });
  await app.register(agreementsRoute(truce), { prefix: '/api/v1' });
  await app.register(controlClaimsRoute(truce), { prefix: '/api/v1' });
  await app.register(areasRoute(truce), { prefix: '/api/v1' });
  await app.register(placesRoute(truce), { prefix: '/api/v1' });
  await app.register(controlRoute(truce), { prefix: '/api/v1' });
  await app.register(logApiRoute(truce), { prefix: '/api/v1' });
  await app.register(logTilesRoute(truce));
  for (const route of [sourcesRoute, reportsRoute, evidenceRoute, incidentsRoute, disputesRoute, complianceRoute, dailyReportsRoute]) await app.register(route(truce), { prefix: '/api/v1' });
  await app.register(exportsRoute(truce), { prefix: '/api/v1' });
  await app.register(ogcRoute(truce));
  // Last: its wildcard answers every page path the routes above do not.
  await app.register(webRoute(options.webRoot));
  return app;
}
