import type { Role } from '../actor.js';

const EVERYONE = ['public', 'admin', 'monitor', 'verifier', 'liaison', 'mediator'] as const satisfies readonly Role[];
const SIGNED_IN = ['admin', 'monitor', 'verifier', 'liaison', 'mediator'] as const satisfies readonly Role[];

/**
 * Every action a route can perform, and the roles that may perform it. A route
 * names one of these; the server refuses to start if it names none. Where the
 * answer also depends on the record (a liaison's own party, what a reader may
 * see of an incident), the route asks `can(actor, action, resource)` again with it.
 */
export const ACTIONS = {
  'health.read': EVERYONE,
  'docs.read': EVERYONE,
  'party.read': EVERYONE,
  'party.create': ['admin', 'mediator'],
  'party.update': ['admin', 'mediator'],
  'agreement.read': EVERYONE,
  'agreement.create': ['mediator'],
  'agreement.update': ['mediator'],
  'agreement.transition': ['mediator'],
  'term.create': ['mediator'],
  'term.update': ['mediator'],
  'position.create': ['mediator', 'liaison'],
  'condition.resolve': ['mediator'],
  'translation.read': EVERYONE,
  // Narrowed per record kind to the roles that may edit it (TRANSLATION_EDIT_ACTION).
  'translation.set': ['admin', 'mediator', 'verifier'],
  'control_claim.read': EVERYONE,
  'control_claim.create': ['verifier', 'mediator'],
  'log.read': EVERYONE,
  'web.read': EVERYONE,
  'area.read': EVERYONE,
  'place.read': EVERYONE,
  'area.create': ['verifier', 'mediator'],
  // Witnesses are anonymous to the server: what authenticates a cosignature is its key, checked against --witness.
  'log.cosign': EVERYONE,
  // Sessions: anyone may try to log in; only a signed-in account has a session to show or end.
  'session.create': EVERYONE,
  'session.read': SIGNED_IN,
  'session.delete': SIGNED_IN,
  // Accounts are the administrator's; tokens are each account's own (see OWNERSHIP).
  'user.read': ['admin'],
  'user.create': ['admin'],
  'user.disable': ['admin'],
  'user.enable': ['admin'],
  'user.reset_password': ['admin'],
  'token.read': SIGNED_IN,
  'token.create': SIGNED_IN,
  'token.revoke': SIGNED_IN,
  'source.read': ['admin', 'monitor', 'verifier', 'liaison', 'mediator'],
  'source.create': ['admin', 'monitor', 'verifier', 'mediator'],
  'report.read': EVERYONE,
  'report.create': ['monitor', 'verifier', 'liaison'],
  'report.bulk_create': ['monitor', 'verifier'],
  'evidence.read': EVERYONE,
  'evidence.create': ['monitor', 'verifier', 'liaison'],
  'evidence.custody': ['monitor', 'verifier', 'mediator'],
  // Who may let evidence travel beyond the mission: the people who verify and rule, never its submitter alone.
  'evidence.release': ['verifier', 'mediator'],
  'incident.read': EVERYONE,
  'incident.merge': ['verifier'],
  'incident.split': ['verifier'],
  'decision.create': ['verifier'],
  'decision.approve': ['verifier'],
  'dispute.read': ['admin', 'monitor', 'verifier', 'liaison', 'mediator'],
  'dispute.create': ['liaison'],
  'dispute.rule': ['mediator'],
  // Compliance figures and the daily report are aggregates anyone may check against the log.
  'compliance.read': EVERYONE,
  'compliance.daily_report': EVERYONE,
} as const satisfies Record<string, readonly Role[]>;

export type Action = keyof typeof ACTIONS;

/**
 * Actions on something an account owns. `own`: only for oneself, whatever the role, so that an
 * administrator can never mint a token that acts as a verifier. `own_or_admin`: oneself, or the
 * administrator, who runs accounts.
 */
export const OWNERSHIP: Partial<Record<Action, 'own' | 'own_or_admin'>> = {
  'token.create': 'own',
  'token.read': 'own_or_admin',
  'token.revoke': 'own_or_admin',
};

export function isAction(name: string): name is Action {
  return Object.hasOwn(ACTIONS, name);
}

/**
 * Whether a token's scopes cover an action: `*`, the action itself (`agreement.read`)
 * or its family (`agreement.*`). Scopes only narrow a token; they never add to its role.
 */
export function scopeAllows(scopes: readonly string[], action: string): boolean {
  const family = `${action.split('.')[0]}.*`;
  return scopes.some((scope) => scope === '*' || scope === action || scope === family);
}

/** Whether holding `held` scopes covers granting `scope`: a token never mints one that may do more than it. */
export function scopesCover(held: readonly string[], scope: string): boolean {
  if (held.includes('*')) return true;
  if (scope === '*') return false;
  if (scope.endsWith('.*')) return held.includes(scope);
  return scopeAllows(held, scope);
}

/** Whether a scope names something real: `*`, an action, or the family of one. */
export function isKnownScope(scope: string): boolean {
  if (scope === '*' || isAction(scope)) return true;
  return scope.endsWith('.*') && Object.keys(ACTIONS).some((action) => action.startsWith(scope.slice(0, -1)));
}
