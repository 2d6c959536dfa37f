import { getResolution, latLngToCell } from 'h3-js';
import { describe, expect, it } from 'vitest';
import { aggregateHexagons, hexResolutionForZoom } from './aggregate-hexagons.js';

const sudzha = { id: 'a', latitude: 51.1976, longitude: 35.2726 };
const nearSudzha = { id: 'b', latitude: 51.199, longitude: 35.275 };
const kherson = { id: 'c', latitude: 46.6354, longitude: 32.6169 };

describe('aggregateHexagons', () => {
  it('counts incidents per H3 cell, largest bin first', () => {
    const bins = aggregateHexagons([kherson, sudzha, nearSudzha], 5);
    expect(bins.map((b) => [b.cell, b.count])).toEqual([
      [latLngToCell(sudzha.latitude, sudzha.longitude, 5), 2],
      [latLngToCell(kherson.latitude, kherson.longitude, 5), 1],
    ]);
    expect(bins[0]?.items.map((i) => i.id).sort()).toEqual(['a', 'b']);
  });

  it('gives each bin its centre and outline, with the centre inside the cell', () => {
    const [bin] = aggregateHexagons([kherson], 4);
    if (!bin) throw new Error('no bin');
    expect(getResolution(bin.cell)).toBe(4);
    expect(bin.boundary).toHaveLength(6);
    expect(latLngToCell(bin.center[0], bin.center[1], 4)).toBe(bin.cell);
  });

  it('skips items without a point and gives an empty result for none', () => {
    expect(aggregateHexagons([{ latitude: null, longitude: 30 }, { latitude: Number.NaN, longitude: 1 }], 5)).toEqual([]);
    expect(aggregateHexagons([], 5)).toEqual([]);
  });

  it('is independent of input order, and loses no item at any resolution', () => {
    const points = Array.from({ length: 200 }, (_, i) => ({ latitude: 46 + (i % 20) * 0.3, longitude: 30 + Math.floor(i / 20) * 0.7 }));
    const fine = aggregateHexagons(points, 5);
    expect(aggregateHexagons([...points].reverse(), 5).map((b) => [b.cell, b.count])).toEqual(fine.map((b) => [b.cell, b.count]));
    const coarse = aggregateHexagons(points, 3);
    // H3 cells do not nest exactly, so a fine bin's parent need not be the coarse bin of its items: count items, not bins.
    for (const resolution of [3, 5, 7]) {
      expect(aggregateHexagons(points, resolution).reduce((n, b) => n + b.count, 0)).toBe(points.length);
    }
    expect(coarse.length).toBeLessThan(fine.length);
    for (const bin of coarse) expect(bin.items.every((p) => latLngToCell(p.latitude, p.longitude, 3) === bin.cell)).toBe(true);
  });
});

describe('hexResolutionForZoom', () => {
  it('uses finer cells as the map zooms in', () => {
    const resolutions = [3, 5, 6, 7, 8].map(hexResolutionForZoom);
    expect(resolutions).toEqual([...resolutions].sort((a, b) => a - b));
    expect(hexResolutionForZoom(3)).toBe(3);
    expect(hexResolutionForZoom(8)).toBe(6);
  });
});
