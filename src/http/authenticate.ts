import type { FastifyRequest } from 'fastify';
import type { Actor } from '../domain/actor.js';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor;
  }
}

const PUBLIC: Actor = { id: 'public', role: 'public' };

/**
 * Until accounts exist, a request from this machine acts as the local operator
 * (a mediator) and any other request is the anonymous public, which may only read.
 */
export const LOCAL_OPERATOR: Actor = { id: 'local-operator', role: 'mediator' };

export function authenticate(request: FastifyRequest): Actor {
  return isLoopback(request.socket.remoteAddress) ? LOCAL_OPERATOR : PUBLIC;
}

function isLoopback(address: string | undefined): boolean {
  if (!address) return false;
  return address === '::1' || address.startsWith('127.') || address.startsWith('::ffff:127.');
}
