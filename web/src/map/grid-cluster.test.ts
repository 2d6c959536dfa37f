import { describe, expect, it } from 'vitest';
import { gridCluster } from './grid-cluster.js';

const at = (x: number, y: number) => ({ x, y });
const self = (p: { x: number; y: number }) => p;

describe('gridCluster', () => {
  it('groups points in the same square and keeps the others apart', () => {
    const clusters = gridCluster([at(1, 1), at(10, 12), at(55, 5), at(200, 200)], self, 40);
    expect(clusters.map((c) => c.items.length)).toEqual([2, 1, 1]);
    expect(clusters[0]).toMatchObject({ x: 5.5, y: 6.5 });
  });

  it('loses no point, skips points without a position, and gives the same clusters in any order', () => {
    const points = Array.from({ length: 500 }, (_, i) => at((i * 37) % 400, (i * 91) % 300));
    const clusters = gridCluster([...points, at(Number.NaN, 1)], self, 60);
    expect(clusters.reduce((n, c) => n + c.items.length, 0)).toBe(500);
    const reversed = gridCluster([...points].reverse(), self, 60);
    expect(reversed.map((c) => [c.items.length, c.x, c.y])).toEqual(clusters.map((c) => [c.items.length, c.x, c.y]));
    expect(gridCluster([], self, 60)).toEqual([]);
  });
});
