import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Truce } from '../../create-truce.js';
import { createApiToken } from '../../services/accounts/create-api-token.js';
import { listApiTokens } from '../../services/accounts/list-api-tokens.js';
import { revokeApiToken } from '../../services/accounts/revoke-api-token.js';
import type { Actor } from '../../domain/actor.js';
import { actorUserId, userActorId } from '../../domain/auth/account-types.js';
import { UnauthenticatedError } from '../../domain/domain-error.js';
import { canForAnyOwner } from '../../domain/policy/can.js';
import { authorize } from '../authorize.js';
import { emptyBody, errorResponse, idParams } from '../common/common-schemas.js';
import { presentToken } from './present-token.js';
import { createdTokenResponse, createTokenBody, tokenQuery, tokenResponse } from './token-schema.js';

const errors = { 400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse, 409: errorResponse };
const tags = ['accounts'];
const bodyLimit = 8 * 1024;

/** The signed-in account behind the request; every token route is for accounts only. */
function ownUserId(actor: Actor): string {
  const id = actorUserId(actor.id);
  if (!id) throw new UnauthenticatedError('tokens belong to accounts; this request is not made by one');
  return id;
}

/** API tokens for machines: each account makes and revokes its own, shown once; the administrator lists and revokes anyone's. */
export function tokensRoute(truce: Truce): FastifyPluginAsyncZod {
  return async (app) => {
    // Set before the handler, so that every later hook (idempotency keys keep no such answer) sees it.
    app.addHook('onRequest', async (_request, reply) => {
      reply.header('cache-control', 'no-store');
    });

    app.get(
      '/tokens',
      {
        config: { action: 'token.read' },
        schema: { tags, description: 'The account’s own tokens; the administrator’s list is everyone’s, or one user’s with user_id.', querystring: tokenQuery, response: { 200: z.object({ items: z.array(tokenResponse) }), ...errors } },
      },
      async (request) => {
        const own = ownUserId(request.actor);
        const userId = request.query.user_id ?? (canForAnyOwner(request.actor, 'token.read') ? undefined : own);
        if (userId !== undefined) authorize(request, 'token.read', { ownerId: userActorId(userId) });
        return { items: (await truce.runner.read(request.actor, listApiTokens, userId === undefined ? {} : { user_id: userId })).map((t) => presentToken(request.actor, t)) };
      },
    );

    app.post(
      '/tokens',
      {
        config: { action: 'token.create' },
        bodyLimit,
        schema: {
          tags,
          description:
            'A token for the caller’s own account, shown once and stored only as a SHA-256: it acts with the account’s role and party, narrowed by its scopes (`*`, an action, or a family such as `agreement.*`), until it expires or is revoked. Nobody makes a token for another account, and a token makes none wider than its own scopes. Send it as Authorization: Bearer; it needs no CSRF token.',
          body: createTokenBody,
          response: { 201: createdTokenResponse, ...errors },
        },
      },
      async (request, reply) => {
        const userId = request.body.user_id ?? ownUserId(request.actor);
        authorize(request, 'token.create', { ownerId: userActorId(userId) });
        const { token, secret } = await truce.runner.write(request.actor, createApiToken, { ...request.body, user_id: userId });
        return reply.code(201).send({ token: presentToken(request.actor, token), secret });
      },
    );

    app.post(
      '/tokens/:id/revoke',
      {
        config: { action: 'token.revoke' },
        bodyLimit,
        schema: { tags, description: 'Revokes a token at once, by its owner or the administrator; a logged change.', params: idParams, body: emptyBody, response: { 200: tokenResponse, ...errors } },
      },
      async (request) => presentToken(request.actor, await truce.runner.write(request.actor, revokeApiToken, request.params)),
    );
  };
}
