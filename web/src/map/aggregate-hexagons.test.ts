import { latLngToCell } from 'h3-js';
import { describe, expect, it } from 'vitest';
import { hexOutline, hexResolutionForZoom, hexShade } from './aggregate-hexagons.js';

describe('hexOutline', () => {
  it('gives a cell its six corners around its centre', () => {
    const cell = latLngToCell(51.1976, 35.2726, 4);
    const outline = hexOutline(cell);
    expect(outline).toHaveLength(6);
    const lat = outline.reduce((s, p) => s + p[0], 0) / 6;
    const lng = outline.reduce((s, p) => s + p[1], 0) / 6;
    expect(latLngToCell(lat, lng, 4)).toBe(cell);
  });
});

describe('hexShade', () => {
  it('shades from 1 to 5 as the count grows, and 0 for none', () => {
    expect(hexShade(0, 10)).toBe(0);
    expect(hexShade(1, 1)).toBe(5);
    expect(hexShade(1, 1000)).toBe(1);
    expect(hexShade(1000, 1000)).toBe(5);
    const shades = [1, 3, 10, 30, 100, 1000].map((n) => hexShade(n, 1000));
    expect(shades).toEqual([...shades].sort((a, b) => a - b));
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
