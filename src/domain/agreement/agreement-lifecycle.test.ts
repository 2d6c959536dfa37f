import { describe, expect, it } from 'vitest';
import { RuleViolationError } from '../domain-error.js';
import { applyTransition, currentStatus, type TransitionRequest } from './agreement-lifecycle.js';
import type { AgreementState, AgreementStatus, Condition, PositionState } from './agreement-types.js';

const NOW = '2025-03-20T00:00:00.000Z';

function state(status: AgreementStatus, extra: Partial<AgreementState> = {}): AgreementState {
  return { status, party_ids: ['ru', 'ua'], mediator_ids: ['us'], duration_days: 30, effective_at: null, expires_at: null, ...extra };
}

function condition(status: Condition['status']): Condition {
  return { id: 'c1', text: 'x', term_code: null, citation: null, status, resolved_by: null, resolved_at: null, resolution_note: null };
}

function positions(...entries: [string, PositionState['stance'], Condition[]?][]): Map<string, PositionState> {
  return new Map(entries.map(([party, stance, conditions]) => [party, { party_id: party, stance, conditions: conditions ?? [], stated_at: NOW }]));
}

const accepted = positions(['ru', 'accepted'], ['ua', 'accepted']);
const inForce = state('in_force', { effective_at: '2025-03-14T00:00:00.000Z', expires_at: '2025-04-13T00:00:00.000Z' });

function ruleOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (error instanceof RuleViolationError) return error.rule;
    throw error;
  }
  throw new Error('expected a rule violation');
}

describe('agreement lifecycle', () => {
  it('draft → proposed needs two parties', () => {
    expect(applyTransition(state('draft'), new Map(), { to: 'proposed' }, NOW).status).toBe('proposed');
    expect(ruleOf(() => applyTransition(state('draft', { party_ids: ['ru'] }), new Map(), { to: 'proposed' }, NOW))).toBe('parties_required');
  });

  it('proposed → in_force when every party accepted and effective_at has come; expires_at follows from the duration', () => {
    const outcome = applyTransition(state('proposed'), accepted, { to: 'in_force', effective_at: '2025-03-14T00:00:00.000Z' }, NOW);
    expect(outcome).toEqual({ status: 'in_force', effective_at: '2025-03-14T00:00:00.000Z', expires_at: '2025-04-13T00:00:00.000Z' });
  });

  it('in_force defaults effective_at to now', () => {
    expect(applyTransition(state('proposed'), accepted, { to: 'in_force' }, NOW).effective_at).toBe(NOW);
  });

  it('in_force is refused while a party has not accepted, with the party named', () => {
    for (const blocking of [
      positions(['ru', 'accepted']),
      positions(['ru', 'accepted'], ['ua', 'rejected']),
      positions(['ru', 'accepted'], ['ua', 'undecided']),
      positions(['ru', 'accepted'], ['ua', 'accepted_with_conditions', [condition('met'), { ...condition('open'), id: 'c2' }]]),
    ]) {
      expect(() => applyTransition(state('proposed'), blocking, { to: 'in_force' }, NOW)).toThrow(/ua/);
      expect(ruleOf(() => applyTransition(state('proposed'), blocking, { to: 'in_force' }, NOW))).toBe('positions_allow_entry_into_force');
    }
  });

  it('conditions marked met or waived allow entry into force', () => {
    const conditional = positions(['ru', 'accepted_with_conditions', [condition('met'), { ...condition('waived'), id: 'c2' }]], ['ua', 'accepted']);
    expect(applyTransition(state('proposed'), conditional, { to: 'in_force' }, NOW).status).toBe('in_force');
  });

  it('in_force is refused before effective_at', () => {
    expect(ruleOf(() => applyTransition(state('proposed'), accepted, { to: 'in_force', effective_at: '2025-03-21T00:00:00.000Z' }, NOW))).toBe(
      'effective_at_reached',
    );
  });

  it('expiry follows from the clock', () => {
    expect(currentStatus(inForce, '2025-04-12T23:59:59.999Z')).toBe('in_force');
    expect(currentStatus(inForce, '2025-04-13T00:00:00.000Z')).toBe('expired');
    expect(currentStatus({ ...inForce, status: 'extended' }, '2025-05-01T00:00:00.000Z')).toBe('expired');
    expect(currentStatus({ ...inForce, status: 'collapsed' }, '2025-05-01T00:00:00.000Z')).toBe('collapsed');
  });

  it('extension records a later expires_at agreed by every party', () => {
    const request: TransitionRequest = { to: 'extended', expires_at: '2025-05-13T00:00:00.000Z', agreed_by: ['ru', 'ua', 'us'] };
    expect(applyTransition(inForce, accepted, request, NOW)).toEqual({ status: 'extended', effective_at: inForce.effective_at, expires_at: '2025-05-13T00:00:00.000Z' });
    const extended = { ...inForce, status: 'extended' as const, expires_at: '2025-05-13T00:00:00.000Z' };
    expect(applyTransition(extended, accepted, { ...request, expires_at: '2025-06-13T00:00:00.000Z' }, NOW).status).toBe('extended');
  });

  it('extension is refused without every party, without a new end, or with an earlier end', () => {
    expect(ruleOf(() => applyTransition(inForce, accepted, { to: 'extended', expires_at: '2025-05-13T00:00:00.000Z', agreed_by: ['ua'] }, NOW))).toBe(
      'extension_by_mutual_agreement',
    );
    expect(ruleOf(() => applyTransition(inForce, accepted, { to: 'extended', agreed_by: ['ru', 'ua'] }, NOW))).toBe('extension_needs_new_end');
    expect(ruleOf(() => applyTransition(inForce, accepted, { to: 'extended', expires_at: '2025-04-01T00:00:00.000Z', agreed_by: ['ru', 'ua'] }, NOW))).toBe(
      'extension_moves_end_later',
    );
    expect(
      ruleOf(() => applyTransition(inForce, accepted, { to: 'extended', expires_at: '2025-05-13T00:00:00.000Z', agreed_by: ['ru', 'ua', 'xx'] }, NOW)),
    ).toBe('extension_by_mutual_agreement');
  });

  it('collapsed and superseded need a reason and are final', () => {
    for (const to of ['collapsed', 'superseded'] as const) {
      expect(applyTransition(inForce, accepted, { to, reason: 'shelling resumed' }, NOW).status).toBe(to);
      expect(ruleOf(() => applyTransition(inForce, accepted, { to }, NOW))).toBe('reason_required');
      expect(ruleOf(() => applyTransition(state(to), accepted, { to: 'in_force' }, NOW))).toBe('lifecycle');
    }
    expect(applyTransition(state('proposed'), accepted, { to: 'superseded', reason: 'a new text' }, NOW).status).toBe('superseded');
  });

  it('refuses every transition the lifecycle does not allow', () => {
    const allowed: Record<AgreementStatus, string[]> = {
      draft: ['proposed'],
      proposed: ['in_force', 'superseded'],
      in_force: ['extended', 'collapsed', 'superseded'],
      extended: ['extended', 'collapsed', 'superseded'],
      expired: [],
      collapsed: [],
      superseded: [],
    };
    const expiredState = { ...inForce };
    const after = '2025-05-01T00:00:00.000Z';
    for (const [from, targets] of Object.entries(allowed) as [AgreementStatus, string[]][]) {
      for (const to of ['proposed', 'in_force', 'extended', 'collapsed', 'superseded'] as const) {
        if (targets.includes(to)) continue;
        const s = from === 'expired' ? expiredState : state(from, from === 'extended' ? { expires_at: '2025-04-13T00:00:00.000Z' } : {});
        const when = from === 'expired' ? after : NOW;
        expect(ruleOf(() => applyTransition(s, accepted, { to, reason: 'r', expires_at: '2026-01-01T00:00:00.000Z', agreed_by: ['ru', 'ua'] }, when))).toBe(
          'lifecycle',
        );
      }
    }
  });
});
