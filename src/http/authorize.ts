import type { FastifyRequest } from 'fastify';
import { ForbiddenError, UnauthenticatedError } from '../domain/domain-error.js';
import { can, type PolicyResource } from '../domain/policy/can.js';
import { isAction, type Action } from '../domain/policy/actions.js';

/**
 * Asks the one policy and refuses if it says no: 401 for the public (log in
 * first), 403 for an account. The server calls it for every route with the
 * route's declared action before the body is even read; a handler calls it again
 * once the input is validated, when the answer depends on the resource:
 *
 *     authorize(request, 'position.create', { partyId: request.body.party_id });
 *
 * For reading casework, where a reader must not learn that a hidden record exists, the
 * disclosure policy answers instead (`presentIfVisible`, a 404 when it is not visible).
 */
export function authorize(request: FastifyRequest, action: Action, resource?: PolicyResource): void {
  if (can(request.actor, action, resource)) return;
  if (request.actor.role === 'public') throw new UnauthenticatedError(`${action} needs an authenticated user`);
  const why =
    resource?.partyId !== undefined && request.actor.role === 'liaison' ? ' for another party' : resource?.ownerId !== undefined ? ' for another account' : '';
  throw new ForbiddenError(`${request.actor.role} may not ${action}${why}`);
}

/** The action a route declared; the server refused to start if it declared none. */
export function routeAction(request: FastifyRequest): Action | undefined {
  const action = request.routeOptions.config?.action;
  return action !== undefined && isAction(action) ? action : undefined;
}
