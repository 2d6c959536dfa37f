import { daysBetween, type Period } from './compliance-periods.js';
import { figureKeys, type FigureSource, type RollupRow } from './figure-keys.js';

/**
 * Sums per key and UTC day, turned into running totals so that the sum over any
 * range of days is two look-ups: many periods, previous periods and cumulative
 * counts cost no more than the rows read.
 */
export class DaySeries implements FigureSource {
  private readonly sums = new Map<string, Float64Array>();
  private prefixed = false;

  constructor(
    private readonly first: string,
    private readonly length: number,
  ) {}

  /** Adds a rollup row to every figure key it counts for. */
  addRow(row: RollupRow): void {
    for (const key of figureKeys(row)) this.add(key, row.day, row.value);
  }

  add(key: string, day: string, value: number): void {
    if (this.prefixed) throw new Error('a DaySeries takes every value before its first sum');
    const i = daysBetween(this.first, day);
    if (i < 0 || i >= this.length) return;
    let series = this.sums.get(key);
    if (!series) this.sums.set(key, (series = new Float64Array(this.length + 1)));
    series[i + 1]! += value;
  }

  /** The sum over the days of a period; days outside the series count as nothing. */
  sum(key: string, period: Period): number {
    const series = this.sums.get(key);
    if (!series) return 0;
    if (!this.prefixed) this.prefix();
    const from = Math.max(0, daysBetween(this.first, period.start));
    const to = Math.min(this.length, daysBetween(this.first, period.end) + 1);
    return to <= from ? 0 : series[to]! - series[from]!;
  }

  /** Keys that start with a prefix, for listing the kinds, regions or terms present. */
  keys(prefix: string): string[] {
    return [...this.sums.keys()].filter((k) => k.startsWith(prefix));
  }

  private prefix(): void {
    for (const series of this.sums.values()) {
      for (let i = 1; i < series.length; i++) series[i]! += series[i - 1]!;
    }
    this.prefixed = true;
  }
}
