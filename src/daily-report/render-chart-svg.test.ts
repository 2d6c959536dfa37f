import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderChartSvg } from './render-chart-svg.js';

const days = (n: number) => Array.from({ length: n }, (_, i) => new Date(Date.UTC(2025, 2, 11 + i)).toISOString().slice(0, 10));
const words = { label: 'chart', shortDay: (d: string) => d.slice(5), number: (v: number) => String(v) };

/** The x of each day label along the bottom of the chart. */
function dayLabels(svg: string): { x: number; bold: boolean }[] {
  return [...svg.matchAll(/<text x="([\d.]+)" y="220" text-anchor="middle"( font-weight="700")?>/g)].map((m) => ({ x: Number(m[1]), bold: m[2] !== undefined }));
}

describe('the daily report chart', () => {
  it('labels the report day in bold, and no other day label stands close enough to print over it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 90 }), fc.nat(), (length, seed) => {
        const dates = days(length);
        const day = dates[seed % length]!;
        const labels = dayLabels(renderChartSvg(dates, [], day, words));
        const bold = labels.filter((l) => l.bold);
        expect(bold).toHaveLength(1);
        const step = 672 / length;
        const every = Math.ceil(length / 10);
        for (const other of labels.filter((l) => !l.bold)) expect(Math.abs(other.x - bold[0]!.x)).toBeGreaterThanOrEqual(every * step - 0.2);
      }),
    );
  });
});
