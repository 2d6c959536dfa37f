import { describe, expect, it } from 'vitest';
import type { Actor } from '../actor.js';
import { isKnownScope, scopeAllows } from './actions.js';
import { can } from './can.js';

const RU = 'party-russia';
const UA = 'party-ukraine';
const actor = (role: Actor['role'], extra: Partial<Actor> = {}): Actor => ({ id: `user:${role}`, role, ...extra });
const liaisonRu = actor('liaison', { partyId: RU });

describe('can', () => {
  it('follows the catalogue by role', () => {
    expect(can(actor('mediator'), 'agreement.create')).toBe(true);
    expect(can(actor('verifier'), 'agreement.create')).toBe(false);
    expect(can(actor('public'), 'agreement.read')).toBe(true);
    expect(can(actor('public'), 'session.read')).toBe(false);
    expect(can(actor('admin'), 'user.create')).toBe(true);
    expect(can(actor('mediator'), 'user.create')).toBe(false);
    expect(can(actor('verifier'), 'control_claim.create')).toBe(true);
  });

  it('lets a liaison act only for its own party', () => {
    expect(can(liaisonRu, 'position.create', { partyId: RU })).toBe(true);
    expect(can(liaisonRu, 'position.create', { partyId: UA })).toBe(false);
    expect(can(actor('liaison', { partyId: null }), 'position.create', { partyId: RU })).toBe(false);
    expect(can(actor('mediator'), 'position.create', { partyId: UA })).toBe(true);
  });

  it('narrows a token to its scopes, never widens its role', () => {
    const readOnly = actor('mediator', { scopes: ['agreement.read', 'party.*'] });
    expect(can(readOnly, 'agreement.read')).toBe(true);
    expect(can(readOnly, 'party.create')).toBe(true);
    expect(can(readOnly, 'agreement.create')).toBe(false);
    expect(can(actor('monitor', { scopes: ['*'] }), 'agreement.create')).toBe(false);
    expect(scopeAllows(['*'], 'user.create')).toBe(true);
    expect(isKnownScope('agreement.*')).toBe(true);
    expect(isKnownScope('agreement.read')).toBe(true);
    expect(isKnownScope('nothing.*')).toBe(false);
    expect(isKnownScope('agreement.delete')).toBe(false);
  });
});
