import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { integerTicks } from './integer-ticks.js';

describe('integerTicks', () => {
  it('steps by whole numbers on small counts', () => {
    expect(integerTicks(1).ticks).toEqual([0, 1]);
    expect(integerTicks(3).ticks).toEqual([0, 1, 2, 3]);
    expect(integerTicks(0)).toEqual({ domain: [0, 1], ticks: [0, 1] });
    expect(integerTicks(23).ticks).toEqual([0, 5, 10, 15, 20, 25]);
  });

  it('always gives whole ticks from zero that reach the largest count', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), (max) => {
        const { domain, ticks } = integerTicks(max);
        expect(ticks[0]).toBe(0);
        expect(ticks.every(Number.isInteger)).toBe(true);
        expect(ticks.at(-1)).toBe(domain[1]);
        expect(domain[1]).toBeGreaterThanOrEqual(max);
        expect(ticks.length).toBeLessThanOrEqual(11);
      }),
    );
  });
});
