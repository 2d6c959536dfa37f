import { RuleViolationError } from '../domain-error.js';
import { addDays, isBefore, type IsoTime } from '../iso-time.js';
import type { AgreementState, AgreementStatus, PositionState } from './agreement-types.js';

/** Status changes a user may request; `expired` is never requested, it follows from the clock. */
export const REQUESTABLE_STATUSES = ['proposed', 'in_force', 'extended', 'collapsed', 'superseded'] as const;
export type RequestableStatus = (typeof REQUESTABLE_STATUSES)[number];

const ALLOWED: Record<AgreementStatus, readonly AgreementStatus[]> = {
  draft: ['proposed'],
  proposed: ['in_force', 'superseded'],
  in_force: ['extended', 'collapsed', 'superseded'],
  extended: ['extended', 'collapsed', 'superseded'],
  expired: [],
  collapsed: [],
  superseded: [],
};

/**
 * The status a reader sees. A stored in_force or extended agreement whose window has
 * passed is expired: expiry follows from the clock, never from a job that might not run.
 */
export function currentStatus(state: Pick<AgreementState, 'status' | 'expires_at'>, now: IsoTime): AgreementStatus {
  if ((state.status === 'in_force' || state.status === 'extended') && state.expires_at !== null && !isBefore(now, state.expires_at)) {
    return 'expired';
  }
  return state.status;
}

export interface TransitionRequest {
  to: RequestableStatus;
  /** For in_force: when the ceasefire takes effect; defaults to the agreement's effective_at, else now. */
  effective_at?: IsoTime | null;
  /** For extended: the new end of the window. */
  expires_at?: IsoTime | null;
  /** For extended: the parties that agreed to the extension. */
  agreed_by?: string[] | null;
  reason?: string | null;
}

/** What the stored agreement becomes once a transition is allowed. */
export interface TransitionOutcome {
  status: AgreementStatus;
  effective_at: IsoTime | null;
  expires_at: IsoTime | null;
}

/** Whether a party's latest position lets the agreement enter into force, and why not. */
export function positionBlocksEntryIntoForce(position: PositionState | undefined): string | null {
  if (!position) return 'has stated no position';
  switch (position.stance) {
    case 'accepted':
      return null;
    case 'accepted_with_conditions': {
      const open = position.conditions.filter((c) => c.status === 'open');
      return open.length === 0 ? null : `accepted with ${open.length} condition(s) not yet marked met or waived by a mediator`;
    }
    case 'rejected':
      return 'rejected the agreement';
    case 'undecided':
      return 'is undecided';
  }
}

/**
 * Checks a requested status change against the lifecycle
 * draft → proposed → in_force → expired | extended | collapsed | superseded
 * and returns the new stored state, or throws a RuleViolationError naming the rule.
 */
export function applyTransition(
  state: AgreementState,
  latestPositions: ReadonlyMap<string, PositionState>,
  request: TransitionRequest,
  now: IsoTime,
): TransitionOutcome {
  const from = currentStatus(state, now);
  if (!ALLOWED[from].includes(request.to)) {
    const allowed = ALLOWED[from];
    throw new RuleViolationError(
      'lifecycle',
      `an agreement that is ${from} cannot become ${request.to}` +
        (allowed.length ? ` (allowed: ${allowed.join(', ')})` : ` (${from} is final)`),
      'to',
    );
  }

  switch (request.to) {
    case 'proposed':
      if (state.party_ids.length < 2) {
        throw new RuleViolationError('parties_required', 'an agreement needs at least two parties before it is proposed', 'party_ids');
      }
      return { status: 'proposed', effective_at: state.effective_at, expires_at: state.expires_at };

    case 'in_force': {
      const blockers = state.party_ids
        .map((partyId) => ({ partyId, why: positionBlocksEntryIntoForce(latestPositions.get(partyId)) }))
        .filter((b) => b.why !== null);
      if (blockers.length > 0) {
        throw new RuleViolationError(
          'positions_allow_entry_into_force',
          `every party's latest position must allow entry into force: ${blockers.map((b) => `${b.partyId} ${b.why}`).join('; ')}`,
          'to',
        );
      }
      const effectiveAt = request.effective_at ?? state.effective_at ?? now;
      if (isBefore(now, effectiveAt)) {
        throw new RuleViolationError('effective_at_reached', `effective_at ${effectiveAt} has not come yet`, 'effective_at');
      }
      return { status: 'in_force', effective_at: effectiveAt, expires_at: addDays(effectiveAt, state.duration_days) };
    }

    case 'extended': {
      if (!request.expires_at) {
        throw new RuleViolationError('extension_needs_new_end', 'an extension records the new expires_at', 'expires_at');
      }
      if (state.expires_at !== null && !isBefore(state.expires_at, request.expires_at)) {
        throw new RuleViolationError('extension_moves_end_later', `the new expires_at must be after the current one (${state.expires_at})`, 'expires_at');
      }
      const agreedBy = new Set(request.agreed_by ?? []);
      const missing = state.party_ids.filter((p) => !agreedBy.has(p));
      if (missing.length > 0) {
        throw new RuleViolationError(
          'extension_by_mutual_agreement',
          `an extension needs the recorded agreement of every party; missing: ${missing.join(', ')}`,
          'agreed_by',
        );
      }
      const unknown = [...agreedBy].filter((p) => !state.party_ids.includes(p) && !state.mediator_ids.includes(p));
      if (unknown.length > 0) {
        throw new RuleViolationError('extension_by_mutual_agreement', `agreed_by names parties outside the agreement: ${unknown.join(', ')}`, 'agreed_by');
      }
      return { status: 'extended', effective_at: state.effective_at, expires_at: request.expires_at };
    }

    case 'collapsed':
    case 'superseded':
      if (!request.reason) {
        throw new RuleViolationError('reason_required', `an agreement that ends as ${request.to} needs a reason`, 'reason');
      }
      return { status: request.to, effective_at: state.effective_at, expires_at: state.expires_at };
  }
}
