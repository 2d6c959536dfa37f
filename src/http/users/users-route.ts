import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Truce } from '../../create-truce.js';
import { createUser } from '../../services/accounts/create-user.js';
import { disableUser } from '../../services/accounts/disable-user.js';
import { enableUser } from '../../services/accounts/enable-user.js';
import { listUsers } from '../../services/accounts/list-users.js';
import { resetPassword } from '../../services/accounts/reset-password.js';
import { emptyBody, errorResponse, idParams } from '../common/common-schemas.js';
import { presentUser } from './present-user.js';
import { createUserBody, resetPasswordBody, userResponse, userWithPasswordResponse } from './user-schema.js';

const errors = { 400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse, 409: errorResponse };
const tags = ['accounts'];
/** Account requests are a few short fields. */
const bodyLimit = 8 * 1024;

/** The administrator's account management; every change is a log entry naming who made it, never a secret. */
export function usersRoute(truce: Truce): FastifyPluginAsyncZod {
  return async (app) => {
    // Set before the handler, so that every later hook (idempotency keys keep no such answer) sees it.
    app.addHook('onRequest', async (_request, reply) => {
      reply.header('cache-control', 'no-store');
    });

    app.get(
      '/users',
      { config: { action: 'user.read' }, schema: { tags, response: { 200: z.object({ items: z.array(userResponse) }), ...errors } } },
      async (request) => ({ items: (await truce.runner.read(request.actor, listUsers, undefined)).map((u) => presentUser(request.actor, u)) }),
    );

    app.post(
      '/users',
      { config: { action: 'user.create' }, bodyLimit, schema: { tags, body: createUserBody, response: { 201: userWithPasswordResponse, ...errors } } },
      async (request, reply) => {
        const { user, generatedPassword } = await truce.runner.write(request.actor, createUser, request.body);
        return reply.code(201).send({ user: presentUser(request.actor, user), password: generatedPassword });
      },
    );

    app.post(
      '/users/:id/disable',
      {
        config: { action: 'user.disable' },
        bodyLimit,
        schema: { tags, description: 'Disables the account: its sessions end and its live tokens are revoked at once, each revocation a logged change.', params: idParams, body: emptyBody, response: { 200: userResponse, ...errors } },
      },
      async (request) => presentUser(request.actor, await truce.runner.write(request.actor, disableUser, request.params)),
    );

    app.post(
      '/users/:id/enable',
      {
        config: { action: 'user.enable' },
        bodyLimit,
        schema: { tags, description: 'Enables the account again; its ended sessions and revoked tokens stay ended.', params: idParams, body: emptyBody, response: { 200: userResponse, ...errors } },
      },
      async (request) => presentUser(request.actor, await truce.runner.write(request.actor, enableUser, request.params)),
    );

    app.post(
      '/users/:id/reset-password',
      {
        config: { action: 'user.reset_password' },
        bodyLimit,
        schema: {
          tags,
          description: 'Sets a new password, or makes a random one returned once; the account’s sessions end.',
          params: idParams,
          body: resetPasswordBody.nullish(),
          response: { 200: userWithPasswordResponse, ...errors },
        },
      },
      async (request) => {
        const { user, generatedPassword } = await truce.runner.write(request.actor, resetPassword, { id: request.params.id, ...(request.body ?? {}) });
        return { user: presentUser(request.actor, user), password: generatedPassword };
      },
    );
  };
}
