import type { Role } from '../actor.js';

/**
 * Every action a route can perform, and the roles that may perform it. A route
 * names one of these; the server refuses to start if it names none.
 */
export const ACTIONS = {
  'health.read': ['public', 'admin', 'monitor', 'verifier', 'liaison', 'mediator'],
  'docs.read': ['public', 'admin', 'monitor', 'verifier', 'liaison', 'mediator'],
  'party.read': ['public', 'admin', 'monitor', 'verifier', 'liaison', 'mediator'],
  'party.create': ['admin', 'mediator'],
  'party.update': ['admin', 'mediator'],
  'agreement.read': ['public', 'admin', 'monitor', 'verifier', 'liaison', 'mediator'],
  'agreement.create': ['mediator'],
  'agreement.update': ['mediator'],
  'agreement.transition': ['mediator'],
  'term.create': ['mediator'],
  'term.update': ['mediator'],
  'position.create': ['mediator', 'liaison'],
  'condition.resolve': ['mediator'],
  'control_claim.read': ['public', 'admin', 'monitor', 'verifier', 'liaison', 'mediator'],
  'control_claim.create': ['verifier', 'mediator'],
  'log.read': ['public', 'admin', 'monitor', 'verifier', 'liaison', 'mediator'],
  'source.read': ['admin', 'monitor', 'verifier', 'liaison', 'mediator'],
  'source.create': ['admin', 'monitor', 'verifier', 'mediator'],
  'report.read': ['public', 'admin', 'monitor', 'verifier', 'liaison', 'mediator'],
  'report.create': ['monitor', 'verifier', 'liaison'],
  'report.bulk_create': ['monitor', 'verifier'],
  'evidence.read': ['public', 'admin', 'monitor', 'verifier', 'liaison', 'mediator'],
  'evidence.create': ['monitor', 'verifier', 'liaison'],
  'evidence.custody': ['monitor', 'verifier', 'mediator'],
  'incident.read': ['public', 'admin', 'monitor', 'verifier', 'liaison', 'mediator'],
  'incident.merge': ['verifier'],
  'incident.split': ['verifier'],
  'decision.create': ['verifier'],
  'decision.approve': ['verifier'],
  'dispute.read': ['admin', 'monitor', 'verifier', 'liaison', 'mediator'],
  'dispute.create': ['liaison'],
  'dispute.rule': ['mediator'],
} as const satisfies Record<string, readonly Role[]>;

export type Action = keyof typeof ACTIONS;

export function isAction(name: string): name is Action {
  return Object.hasOwn(ACTIONS, name);
}
