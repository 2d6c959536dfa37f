import { describe, expect, it } from 'vitest';
import { RuleViolationError } from '../domain-error.js';
import { addApproval, statusAfterApprovals } from './four-eyes.js';

const at = '2025-03-13T12:00:00.000Z';

describe('four eyes', () => {
  it('verifies with two approvals from different verifiers, none of whom reported in the incident', () => {
    const submitters = new Set(['user:monitor']);
    const first = addApproval({ approvals: [], status: 'pending' }, { verifier: 'user:v1', pseudonym: 'p:v1' }, submitters, at);
    expect(statusAfterApprovals('under_review', { outcome: 'verified', approvals: first }, submitters)).toBeNull();
    const second = addApproval({ approvals: first, status: 'pending' }, { verifier: 'user:v2', pseudonym: 'p:v2' }, submitters, at);
    expect(statusAfterApprovals('under_review', { outcome: 'verified', approvals: second }, submitters)).toBe('verified');
  });

  it('refuses the same verifier twice, and a verifier who submitted a report', () => {
    const approvals = [{ verifier: 'user:v1', pseudonym: 'p:v1', at }];
    expect(() => addApproval({ approvals, status: 'pending' }, { verifier: 'user:v1', pseudonym: 'p:v1' }, new Set(), at)).toThrow(/already approved/);
    expect(() => addApproval({ approvals, status: 'pending' }, { verifier: 'user:v2', pseudonym: 'p:v2' }, new Set(['user:v2']), at)).toThrow(RuleViolationError);
  });

  it('never counts a submitter, even if an approval list holds one', () => {
    const approvals = [{ verifier: 'user:v1', pseudonym: 'p:v1', at }, { verifier: 'user:v2', pseudonym: 'p:v2', at }];
    expect(() => statusAfterApprovals('under_review', { outcome: 'verified', approvals }, new Set(['user:v2']))).toThrow(/submitted a report/);
    expect(statusAfterApprovals('under_review', { outcome: 'verified', approvals: [approvals[0]!, approvals[0]!] }, new Set())).toBeNull();
  });

  it('lets one verifier find an incident unconfirmed or refuted', () => {
    expect(statusAfterApprovals('reported', { outcome: 'refuted', approvals: [{ verifier: 'user:v1', pseudonym: 'p:v1', at }] }, new Set())).toBe('refuted');
  });
});
