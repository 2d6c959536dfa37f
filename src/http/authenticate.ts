import type { FastifyRequest } from 'fastify';
import type { Actor } from '../domain/actor.js';
import { UnauthenticatedError } from '../domain/domain-error.js';
import type { Truce } from '../create-truce.js';
import { authenticateToken } from '../services/accounts/authenticate-token.js';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor;
  }
}

const PUBLIC: Actor = { id: 'public', role: 'public' };

/**
 * Until logins exist, a request from this machine without credentials acts as the
 * local operator (a mediator); any other request without credentials is the public.
 */
export const LOCAL_OPERATOR: Actor = { id: 'local-operator', role: 'mediator' };

/** Who is asking: a bearer token's account, else the local operator or the public. A bad token is refused, never downgraded. */
export async function authenticate(truce: Truce, request: FastifyRequest): Promise<Actor> {
  const header = request.headers.authorization;
  if (header !== undefined) {
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match) throw new UnauthenticatedError('the Authorization header must be "Bearer TOKEN"');
    const actor = await truce.runner.read(PUBLIC, authenticateToken, { secret: match[1]! });
    if (!actor) throw new UnauthenticatedError('the token is unknown, expired or revoked');
    return actor;
  }
  return isLoopback(request.socket.remoteAddress) ? LOCAL_OPERATOR : PUBLIC;
}

function isLoopback(address: string | undefined): boolean {
  if (!address) return false;
  return address === '::1' || address.startsWith('127.') || address.startsWith('::ffff:127.');
}
