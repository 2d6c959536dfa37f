import type { Actor } from '../actor.js';
import { ACTIONS, type Action } from './actions.js';

/** What a resource tells the policy about itself, where the decision depends on it. */
export interface PolicyResource {
  /** The party a record belongs to (a position stated by it, a liaison's filing). */
  partyId?: string | null;
}

/** The one policy: may this actor perform this action on this resource? */
export function can(actor: Actor, action: Action, resource: PolicyResource = {}): boolean {
  const roles: readonly string[] = ACTIONS[action];
  if (!roles.includes(actor.role)) return false;
  // A liaison acts only for its own party.
  if (actor.role === 'liaison' && resource.partyId !== undefined && resource.partyId !== actor.partyId) return false;
  return true;
}
