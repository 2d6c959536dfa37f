import type { FastifyReply, FastifyRequest } from 'fastify';
import { PUBLIC_ACTOR, type Actor } from '../domain/actor.js';
import { ForbiddenError, UnauthenticatedError } from '../domain/domain-error.js';
import type { Truce } from '../create-truce.js';
import { authenticateSession } from '../services/accounts/authenticate-session.js';
import { authenticateToken } from '../services/accounts/authenticate-token.js';
import { secretsEqual } from '../services/accounts/session-secret.js';
import { touchSession } from '../services/accounts/touch-session.js';
import { clearSessionCookie, SESSION_COOKIE } from './session-cookie.js';

/** How the actor proved who they are; a session carries the CSRF token its state-changing requests must send. */
export type Credential =
  | { kind: 'none' }
  | { kind: 'token' }
  | { kind: 'session'; idHash: string; csrfToken: string; expiresAt: string };

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor;
    credential: Credential;
  }
}

/** The header a cookie-authenticated request that changes state must carry, with the session's CSRF token. */
export const CSRF_HEADER = 'x-csrf-token';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Who is asking: a bearer token's account, else a session cookie's account, else
 * the public. A bad bearer token is refused, never downgraded; a stale session
 * cookie is cleared and the request goes on as the public (browsers keep sending it).
 * A request authenticated by its cookie that changes state must also send the
 * session's CSRF token, except the login itself, which proves a password instead.
 */
export async function authenticate(truce: Truce, request: FastifyRequest, reply: FastifyReply): Promise<void> {
  request.actor = PUBLIC_ACTOR;
  request.credential = { kind: 'none' };
  const header = request.headers.authorization;
  if (header !== undefined) {
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match) throw new UnauthenticatedError('the Authorization header must be "Bearer TOKEN"');
    const actor = await truce.runner.read(PUBLIC_ACTOR, authenticateToken, { secret: match[1]! });
    if (!actor) throw new UnauthenticatedError('the token is unknown, expired or revoked');
    request.actor = actor;
    request.credential = { kind: 'token' };
    return;
  }

  const sessionId = request.cookies[SESSION_COOKIE];
  if (!sessionId) return;
  const session = await truce.runner.read(PUBLIC_ACTOR, authenticateSession, { sessionId });
  if (!session) {
    clearSessionCookie(reply);
    return;
  }
  if (session.needsTouch) await truce.runner.write(session.actor, touchSession, { idHash: session.idHash });
  request.actor = session.actor;
  request.credential = { kind: 'session', idHash: session.idHash, csrfToken: session.csrfToken, expiresAt: session.expires_at };

  if (SAFE_METHODS.has(request.method) || request.routeOptions.config?.action === 'session.create') return;
  const sent = request.headers[CSRF_HEADER];
  if (typeof sent !== 'string' || !secretsEqual(sent, session.csrfToken)) {
    throw new ForbiddenError(`a request that changes state with a session cookie must send the session's CSRF token in ${CSRF_HEADER}`);
  }
}
