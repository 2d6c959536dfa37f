import type { Actor } from '../actor.js';
import { ACTIONS, OWNERSHIP, scopeAllows, type Action } from './actions.js';

/** What a resource tells the policy about itself, where the decision depends on it. */
export interface PolicyResource {
  /** The party a record belongs to (a position stated by it, a liaison's filing). */
  partyId?: string | null;
  /** The actor id of the account a record belongs to (a token's user). */
  ownerId?: string;
}

/**
 * The one policy: may this actor perform this action on this resource? The role
 * must be listed for the action, a token's scopes must cover it, a liaison acts
 * only for its own party, and what an account owns is acted on by its owner (or, where
 * OWNERSHIP says so, the administrator). What a reader may see of a record is the disclosure
 * policy's (disclosure-table.ts).
 */
export function can(actor: Actor, action: Action, resource: PolicyResource = {}): boolean {
  const roles: readonly string[] = ACTIONS[action];
  if (!roles.includes(actor.role)) return false;
  if (actor.scopes !== undefined && !scopeAllows(actor.scopes, action)) return false;
  // A liaison acts only for its own party.
  if (actor.role === 'liaison' && resource.partyId !== undefined && (!actor.partyId || resource.partyId !== actor.partyId)) return false;
  const ownership = OWNERSHIP[action];
  if (ownership && resource.ownerId !== undefined && resource.ownerId !== actor.id) return ownership === 'own_or_admin' && actor.role === 'admin';
  return true;
}

/** Whether the actor may perform an owned action for every owner (the administrator listing all tokens), not only its own. */
export function canForAnyOwner(actor: Actor, action: Action): boolean {
  return can(actor, action) && (OWNERSHIP[action] === undefined || (OWNERSHIP[action] === 'own_or_admin' && actor.role === 'admin'));
}
