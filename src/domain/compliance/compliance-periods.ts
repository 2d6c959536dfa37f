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

/**
 * The range asked for, with the agreement's window as the default: from the day of
 * effective_at to the day of expires_at, or today if that is earlier.
 */
export function complianceRange(input: { from?: string | undefined; to?: string | undefined }, agreement: { effective_at: string | null; expires_at: string | null }, today: string): Period {
  const from = input.from ?? (agreement.effective_at ? dayOf(agreement.effective_at) : today);
  const windowEnd = agreement.expires_at && dayOf(agreement.expires_at) < today ? dayOf(agreement.expires_at) : today;
  const to = input.to ?? (windowEnd < from ? from : windowEnd);
  if (to < from) throw new InvalidInputError('to', 'must not be before from');
  if (daysBetween(from, to) >= MAX_DAYS) throw new InvalidInputError('to', `the range may span at most ${MAX_DAYS} days`);
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
