import { RuleViolationError } from '../domain-error.js';
import type { IncidentStatus } from './incident-types.js';

/**
 * The incident lifecycle: reported → under_review → verified | unconfirmed | refuted,
 * and a verified finding disputed → upheld | overturned. Reaching verified also needs
 * four eyes (see four-eyes.ts), which only `verifiedStatus` grants.
 */
const NEXT: Record<IncidentStatus, readonly IncidentStatus[]> = {
  reported: ['under_review', 'unconfirmed', 'refuted'],
  under_review: ['verified', 'unconfirmed', 'refuted'],
  verified: ['disputed'],
  unconfirmed: ['under_review'],
  refuted: ['under_review'],
  disputed: ['upheld', 'overturned'],
  upheld: [],
  overturned: [],
};

export function assertIncidentTransition(from: IncidentStatus, to: IncidentStatus): void {
  if (!NEXT[from].includes(to)) {
    throw new RuleViolationError('incident_status', `an incident cannot go from ${from} to ${to}`, 'status');
  }
}

/** Reports can be merged into or split from an incident only while nobody has ruled on it. */
export function assertRegroupable(status: IncidentStatus, path = 'status'): void {
  if (status !== 'reported' && status !== 'under_review') {
    throw new RuleViolationError('incident_decided', `an incident that is ${status} cannot be merged or split`, path);
  }
}
