import { InvalidInputError } from '../domain-error.js';

export type ComplianceGroup = 'day' | 'week' | 'window';

export interface Period {
  /** First UTC day, inclusive (YYYY-MM-DD). */
  start: string;
  /** Last UTC day, inclusive. */
  end: string;
}

const DAY_MS = 86_400_000;
/** Ten years of days: enough for any agreement, and a bound on the work one request can ask for. */
const MAX_DAYS = 3660;

export function dayOf(iso: string): string {
  return iso.slice(0, 10);
}

export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** What the default range is worked out from. */
export interface AgreementWindowFacts {
  effective_at: string | null;
  expires_at: string | null;
  proposed_at: string | null;
  created_at: string;
  duration_days: number;
}

/**
 * The agreement's window as days: from effective_at to expires_at once it is in force,
 * else the window it would have from its proposal, so that an agreement still on the table
 * shows what happened meanwhile. Never past today, and never ending before it starts.
 */
export function agreementWindow(agreement: AgreementWindowFacts, today: string): Period {
  const { start, end: last } = agreementDays(agreement);
  const end = last < today ? last : today;
  return { start, end: end < start ? start : end };
}

/** The agreement's whole window as days, whatever the date today: what a report observed in it counts against. */
export function agreementDays(agreement: AgreementWindowFacts): Period {
  const start = dayOf(agreement.effective_at ?? agreement.proposed_at ?? agreement.created_at);
  // expires_at is the first instant no longer covered: an agreement ending at midnight ends with the day before.
  const last = agreement.expires_at ? dayOf(new Date(Date.parse(agreement.expires_at) - 1).toISOString()) : addDays(start, Math.max(1, agreement.duration_days) - 1);
  return { start, end: last < start ? start : last };
}

/** The range asked for, each end defaulting to the agreement's window. */
export function complianceRange(input: { from?: string | undefined; to?: string | undefined }, agreement: AgreementWindowFacts, today: string): Period {
  const window = agreementWindow(agreement, today);
  const from = input.from ?? window.start;
  const to = input.to ?? (window.end < from ? from : window.end);
  if (to < from) throw new InvalidInputError('to', 'must not be before from', { code: 'before_start' });
  if (daysBetween(from, to) >= MAX_DAYS) throw new InvalidInputError('to', `the range may span at most ${MAX_DAYS} days`, { code: 'range_too_long', params: { maximum: MAX_DAYS } });
  return { start: from, end: to };
}

/** The periods of a range: one per day, per 7 days from its start (the last one may be shorter), or the whole range. */
export function periodsOf(range: Period, group: ComplianceGroup): Period[] {
  if (group === 'window') return [range];
  const step = group === 'day' ? 1 : 7;
  const out: Period[] = [];
  for (let start = range.start; start <= range.end; start = addDays(start, step)) {
    const end = addDays(start, step - 1);
    out.push({ start, end: end > range.end ? range.end : end });
  }
  return out;
}

/** The period of the same length just before. */
export function previousPeriod(p: Period): Period {
  const length = daysBetween(p.start, p.end) + 1;
  return { start: addDays(p.start, -length), end: addDays(p.start, -1) };
}
