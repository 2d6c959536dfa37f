import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Truce } from '../../create-truce.js';
import { createApiToken } from '../../services/accounts/create-api-token.js';
import { listApiTokens } from '../../services/accounts/list-api-tokens.js';
import { revokeApiToken } from '../../services/accounts/revoke-api-token.js';
import { emptyBody, errorResponse, idParams } from '../common/common-schemas.js';
import { presentToken } from './present-token.js';
import { createdTokenResponse, createTokenBody, tokenQuery, tokenResponse } from './token-schema.js';

const errors = { 400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse, 409: errorResponse };
const tags = ['accounts'];
const bodyLimit = 8 * 1024;

/** API tokens for machines: created by the administrator, shown once, revocable at once. */
export function tokensRoute(truce: Truce): FastifyPluginAsyncZod {
  return async (app) => {
    app.addHook('onSend', async (_request, reply) => {
      reply.header('cache-control', 'no-store');
    });

    app.get(
      '/tokens',
      { config: { action: 'token.read' }, schema: { tags, querystring: tokenQuery, response: { 200: z.object({ items: z.array(tokenResponse) }), ...errors } } },
      async (request) => ({ items: (await truce.runner.read(request.actor, listApiTokens, request.query)).map((t) => presentToken(request.actor, t)) }),
    );

    app.post(
      '/tokens',
      { config: { action: 'token.create' }, bodyLimit, schema: { tags, body: createTokenBody, response: { 201: createdTokenResponse, ...errors } } },
      async (request, reply) => {
        const { token, secret } = await truce.runner.write(request.actor, createApiToken, request.body);
        return reply.code(201).send({ token: presentToken(request.actor, token), secret });
      },
    );

    app.post(
      '/tokens/:id/revoke',
      { config: { action: 'token.revoke' }, bodyLimit, schema: { tags, params: idParams, body: emptyBody, response: { 200: tokenResponse, ...errors } } },
      async (request) => presentToken(request.actor, await truce.runner.write(request.actor, revokeApiToken, request.params)),
    );
  };
}
