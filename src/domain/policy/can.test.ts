import { describe, expect, it } from 'vitest';
import type { Actor } from '../actor.js';
import { isKnownScope, scopeAllows } from './actions.js';
import { can } from './can.js';
import { coarseLocation } from './coarse-location.js';
import { visibility } from './visibility.js';

const RU = 'party-russia';
const UA = 'party-ukraine';
const actor = (role: Actor['role'], extra: Partial<Actor> = {}): Actor => ({ id: `user:${role}`, role, ...extra });
const liaisonRu = actor('liaison', { partyId: RU });
const liaisonUa = actor('liaison', { partyId: UA });

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

  it('refuses a record the reader may not see', () => {
    const internal = { published: false, attributedTo: RU };
    expect(can(actor('public'), 'agreement.read', { record: internal })).toBe(false);
    expect(can(liaisonRu, 'agreement.read', { record: internal })).toBe(true);
    expect(can(liaisonUa, 'agreement.read', { record: internal })).toBe(false);
  });
});

describe('visibility', () => {
  const sensitive = { published: true, sensitiveLocation: true, submittedBy: 'user:m1' };

  it('shows the public only published records, without submitter, witness or internal evidence', () => {
    expect(visibility(actor('public'), { published: false }).visible).toBe(false);
    expect(visibility(actor('public'), sensitive)).toEqual({ visible: true, submitter: false, witness: false, exactLocation: false, evidence: ['public'] });
    expect(visibility(actor('public'), { published: true }).exactLocation).toBe(true);
    expect(visibility(actor('admin'), { published: false }).visible).toBe(false);
  });

  it('shows a liaison its own party’s filings and the records attributed to it, never another party’s internals', () => {
    expect(visibility(liaisonUa, { published: false, filedByParty: UA })).toMatchObject({ visible: true, submitter: false, witness: false, evidence: ['parties', 'public'] });
    expect(visibility(liaisonUa, { published: false, filedByParty: RU }).visible).toBe(false);
    expect(visibility(liaisonRu, { published: false, attributedTo: RU })).toMatchObject({ visible: true, evidence: ['parties', 'public'] });
    expect(visibility(liaisonRu, { published: true, attributedTo: UA })).toMatchObject({ visible: true, evidence: ['public'] });
    expect(visibility(liaisonRu, { published: true, attributedTo: UA, sensitiveLocation: true }).exactLocation).toBe(false);
    expect(visibility(liaisonUa, { published: false, filedByParty: UA, sensitiveLocation: true }).exactLocation).toBe(true);
  });

  it('shows verifiers and mediators everything, and monitors witnesses only on their own reports', () => {
    expect(visibility(actor('verifier'), { published: false, sensitiveLocation: true })).toMatchObject({ visible: true, witness: true, exactLocation: true });
    expect(visibility(actor('mediator'), {}).evidence).toEqual(['internal', 'parties', 'public']);
    expect(visibility({ id: 'user:m1', role: 'monitor' }, sensitive).witness).toBe(true);
    expect(visibility({ id: 'user:m2', role: 'monitor' }, sensitive).witness).toBe(false);
  });
});

describe('coarseLocation', () => {
  it('rounds to a tenth of a degree, about 10 km, the same for every point in the cell', () => {
    expect(coarseLocation({ latitude: 51.1976, longitude: 35.2726 })).toEqual({ latitude: 51.2, longitude: 35.3 });
    expect(coarseLocation({ latitude: 51.2249, longitude: 35.2501 })).toEqual({ latitude: 51.2, longitude: 35.3 });
    expect(coarseLocation({ latitude: -0.04, longitude: -179.96 })).toEqual({ latitude: 0, longitude: -180 });
  });
});
