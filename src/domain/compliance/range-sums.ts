import type { Period } from './compliance-periods.js';
import { figureKeys, type FigureSource, type RollupRow } from './figure-keys.js';

/**
 * Figure sums for a few exact ranges of days, each summed by the database: the whole
 * window, the window before it and the count since effective_at, three small answers
 * instead of every day's rows. Asking for a range it was not given is a programming error.
 */
export class RangeSums implements FigureSource {
  private readonly sums = new Map<string, Map<string, number>>();

  add(range: Period, rows: readonly Omit<RollupRow, 'day'>[]): void {
    const sums = new Map<string, number>();
    for (const r of rows) for (const key of figureKeys({ ...r, day: range.start })) sums.set(key, (sums.get(key) ?? 0) + r.value);
    this.sums.set(rangeKey(range), sums);
  }

  sum(key: string, range: Period): number {
    const sums = this.sums.get(rangeKey(range));
    if (!sums) throw new Error(`no sums for ${range.start}..${range.end}`);
    return sums.get(key) ?? 0;
  }

  keys(prefix: string): string[] {
    const out = new Set<string>();
    for (const sums of this.sums.values()) for (const key of sums.keys()) if (key.startsWith(prefix)) out.add(key);
    return [...out];
  }
}

function rangeKey(range: Period): string {
  return `${range.start}..${range.end}`;
}
