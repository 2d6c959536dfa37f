import { presentUser } from '../users/present-user.js';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Actor } from '../../domain/actor.js';
import { actorUserId, userActorId } from '../../domain/auth/account-types.js';
import { UnauthenticatedError } from '../../domain/domain-error.js';
import { ACTIONS, type Action } from '../../domain/policy/actions.js';
import { can } from '../../domain/policy/can.js';
import type { Truce } from '../../create-truce.js';
import { attemptLogin } from '../../services/accounts/attempt-login.js';
import { endSession } from '../../services/accounts/end-session.js';
import { getUser } from '../../services/accounts/get-user.js';
import { errorResponse } from '../common/common-schemas.js';
import { clearSessionCookie, DEVICE_COOKIE, setDeviceCookie, setSessionCookie } from '../session-cookie.js';
import { loginBody, sessionResponse } from './session-schema.js';

const errors = { 400: errorResponse, 401: errorResponse, 403: errorResponse, 429: errorResponse };
const tags = ['session'];

/** What the web app may offer this account: the policy's own answer, so the browser never re-implements it. */
const allowedActions = (actor: Actor): string[] => (Object.keys(ACTIONS) as Action[]).filter((action) => can(actor, action));

export interface SessionRouteOptions {
  /** Mark the cookie Secure even over plain HTTP (TLS ends at a proxy in front). */
  secureCookies: boolean;
}

/** Login, who-am-I and logout for people; machines use bearer tokens and need none of this. */
export function sessionRoute(truce: Truce, options: SessionRouteOptions): FastifyPluginAsyncZod {
  return async (app) => {
    // Set before the handler, so that every later hook (idempotency keys keep no such answer) sees it.
    app.addHook('onRequest', async (_request, reply) => {
      reply.header('cache-control', 'no-store');
    });

    app.post(
      '/session',
      {
        config: { action: 'session.create' },
        bodyLimit: 4096,
        schema: {
          tags,
          description:
            'Logs in. Sets the session cookie (HttpOnly, SameSite=Strict, Secure over TLS) and returns the CSRF token every state-changing request of the session must send as x-csrf-token. The session ends after 30 minutes without a request or 12 hours after login. Failed logins are delayed per name and per address (429 with Retry-After); the answer is the same whether or not the name exists.',
          body: loginBody,
          response: { 201: sessionResponse, ...errors },
        },
      },
      async (request, reply) => {
        const device = request.cookies[DEVICE_COOKIE];
        const login = await attemptLogin(truce.runner, truce.loginThrottle, { ...request.body, address: request.ip, device });
        // A new login replaces the session the browser held, if any: one cookie, one session.
        if (request.credential.kind === 'session') await truce.runner.write(request.actor, endSession, { idHash: request.credential.idHash });
        setSessionCookie(request, reply, login.sessionId, options.secureCookies);
        setDeviceCookie(request, reply, login.device, options.secureCookies);
        request.log.info({ user: login.user.id }, 'login');
        const actor: Actor = { id: userActorId(login.user.id), role: login.user.role, partyId: login.user.party_id };
        return reply.code(201).send({ user: presentUser(actor, login.user), via: 'session' as const, csrf_token: login.csrfToken, expires_at: login.expires_at, actions: allowedActions(actor) });
      },
    );

    app.get(
      '/session',
      { config: { action: 'session.read' }, schema: { tags, description: 'Who is asking, how, the CSRF token again, and the actions the policy allows them.', response: { 200: sessionResponse, ...errors } } },
      async (request) => {
        const userId = actorUserId(request.actor.id);
        if (!userId) throw new UnauthenticatedError('this request is not made by a user');
        const user = presentUser(request.actor, await truce.runner.read(request.actor, getUser, { id: userId }));
        const credential = request.credential;
        return credential.kind === 'session'
          ? { user, via: 'session' as const, csrf_token: credential.csrfToken, expires_at: credential.expiresAt, actions: allowedActions(request.actor) }
          : { user, via: 'token' as const, csrf_token: null, expires_at: null, actions: allowedActions(request.actor) };
      },
    );

    app.delete(
      '/session',
      {
        config: { action: 'session.delete' },
        schema: { tags, description: 'Ends the session at once. A bearer token has no session: revoke the token to end it.', response: { 204: z.null().meta({ description: 'Logged out; the cookie is cleared.' }), ...errors } },
      },
      async (request, reply) => {
        // A bearer token has no session: logging out changes nothing (revoke the token to end it).
        if (request.credential.kind === 'session') {
          await truce.runner.write(request.actor, endSession, { idHash: request.credential.idHash });
          clearSessionCookie(reply);
        }
        return reply.code(204).send(null);
      },
    );
  };
}
