import type { Actor } from '../actor.js';
import { ACTIONS, scopeAllows, type Action } from './actions.js';

/** What a resource tells the policy about itself, where the decision depends on it. */
export interface PolicyResource {
  /** The party a record belongs to (a position stated by it, a liaison's filing). */
  partyId?: string | null;
}

/**
 * The one policy: may this actor perform this action on this resource? The role
 * must be listed for the action, a token's scopes must cover it, a liaison acts
 * only for its own party. What a reader may see of a record is the disclosure policy's (disclosure-table.ts).
 */
export function can(actor: Actor, action: Action, resource: PolicyResource = {}): boolean {
  const roles: readonly string[] = ACTIONS[action];
  if (!roles.includes(actor.role)) return false;
  if (actor.scopes !== undefined && !scopeAllows(actor.scopes, action)) return false;
  // A liaison acts only for its own party.
  if (actor.role === 'liaison' && resource.partyId !== undefined && (!actor.partyId || resource.partyId !== actor.partyId)) return false;
  return true;
}
