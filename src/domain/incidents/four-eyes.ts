import { RuleViolationError } from '../domain-error.js';
import type { IsoTime } from '../iso-time.js';
import { assertIncidentTransition } from './incident-status.js';
import type { Approval, Decision, IncidentStatus } from './incident-types.js';

export const APPROVALS_TO_VERIFY = 2;

/**
 * Adds one verifier's approval to a decision. Nobody approves twice, and nobody
 * approves a decision on an incident they reported in: a verified finding needs
 * two independent pairs of eyes.
 */
export function addApproval(
  decision: Pick<Decision, 'approvals' | 'status'>,
  { verifier, pseudonym }: Pick<Approval, 'verifier' | 'pseudonym'>,
  submitters: ReadonlySet<string>,
  at: IsoTime,
): Approval[] {
  if (decision.status !== 'pending') throw new RuleViolationError('decision_closed', `the decision is ${decision.status}; only a pending decision takes approvals`);
  if (submitters.has(verifier)) throw new RuleViolationError('four_eyes_submitter', 'a verifier who submitted a report in the incident cannot approve a decision on it', 'approvals');
  if (decision.approvals.some((a) => a.verifier === verifier)) throw new RuleViolationError('four_eyes_twice', 'this verifier has already approved the decision', 'approvals');
  return [...decision.approvals, { verifier, pseudonym, at }];
}

/** The incident status a decision's approvals lead to, or null while it still waits for approvals. */
export function statusAfterApprovals(
  current: IncidentStatus,
  decision: Pick<Decision, 'outcome' | 'approvals'>,
  submitters: ReadonlySet<string>,
): IncidentStatus | null {
  if (decision.outcome !== 'verified') {
    assertIncidentTransition(current, decision.outcome);
    return decision.outcome;
  }
  const approvers = new Set(decision.approvals.map((a) => a.verifier));
  for (const approver of approvers) {
    if (submitters.has(approver)) throw new RuleViolationError('four_eyes_submitter', 'a verifier who submitted a report in the incident cannot approve a decision on it', 'approvals');
  }
  if (approvers.size < APPROVALS_TO_VERIFY) return null;
  assertIncidentTransition(current, 'verified');
  return 'verified';
}
