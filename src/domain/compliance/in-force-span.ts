/** When an agreement was in force: from effective_at until it expired, collapsed or was superseded. */
export interface InForceSpan {
  from: string;
  /** Exclusive; null while it has no end. */
  until: string | null;
}

/** What the span follows from: the agreement and the transitions it went through, in order. */
export interface InForceFacts {
  effective_at: string | null;
  expires_at: string | null;
  transitions: readonly { to_status: string; at: string }[];
}

const ENDINGS: readonly string[] = ['collapsed', 'superseded'];

/**
 * The span the agreement was in force, or null if it never entered into force: a planned
 * effective_at on a draft or a proposal is not entry into force, so nothing done meanwhile
 * breaches it.
 */
export function inForceSpan(facts: InForceFacts): InForceSpan | null {
  const entry = facts.transitions.findIndex((t) => t.to_status === 'in_force');
  if (entry < 0 || !facts.effective_at) return null;
  const ended = facts.transitions.slice(entry + 1).find((t) => ENDINGS.includes(t.to_status))?.at ?? null;
  const ends = [facts.expires_at, ended].filter((t): t is string => t !== null);
  return { from: facts.effective_at, until: ends.length > 0 ? ends.reduce((a, b) => (Date.parse(a) <= Date.parse(b) ? a : b)) : null };
}

/** Whether something that happened at this time happened while the agreement was in force. */
export function wasInForce(span: InForceSpan | null, at: string): boolean {
  if (!span) return false;
  const t = Date.parse(at);
  return Date.parse(span.from) <= t && (span.until === null || t < Date.parse(span.until));
}
