import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../domain-error.js';
import { geometryDefects, validateAreaGeometry } from './validate-area-geometry.js';

const square = [[[35, 51], [35.5, 51], [35.5, 51.5], [35, 51.5], [35, 51]]];

describe('area geometry', () => {
  it('accepts a closed polygon and measures it', () => {
    const { km2 } = validateAreaGeometry({ type: 'Polygon', coordinates: square });
    expect(km2).toBeGreaterThan(1900);
    expect(km2).toBeLessThan(2000);
  });

  it.each([
    ['a wrong type', { type: 'Point', coordinates: [35, 51] }, 'geometry.type', /Polygon or MultiPolygon/],
    ['a missing object', null, 'geometry', /GeoJSON/],
    ['an open ring', { type: 'Polygon', coordinates: [[[35, 51], [35.5, 51], [35.5, 51.5], [35, 51.5]]] }, 'geometry.coordinates.0', /not closed/],
    ['a short ring', { type: 'Polygon', coordinates: [[[35, 51], [35.5, 51], [35, 51]]] }, 'geometry.coordinates.0', /at least 4/],
    ['a latitude out of range', { type: 'Polygon', coordinates: [[[35, 51], [35.5, 95], [35.5, 51.5], [35, 51]]] }, 'geometry.coordinates.0.1.1', /latitude 95/],
    ['a longitude out of range', { type: 'Polygon', coordinates: [[[35, 51], [190, 51], [35.5, 51.5], [35, 51]]] }, 'geometry.coordinates.0.1.0', /longitude 190/],
    ['a position that is not numbers', { type: 'Polygon', coordinates: [[[35, 51], ['x', 51], [35.5, 51.5], [35, 51]]] }, 'geometry.coordinates.0.1', /numbers/],
    ['a self-intersecting ring', { type: 'Polygon', coordinates: [[[35, 51], [35.5, 51.5], [35.5, 51], [35, 51.5], [35, 51]]] }, 'geometry.coordinates.0', /intersects itself/],
    ['an empty multipolygon', { type: 'MultiPolygon', coordinates: [] }, 'geometry.coordinates', /non-empty/],
  ])('names %s', (_label, geometry, path, message) => {
    const [defect] = geometryDefects(geometry);
    expect(defect).toEqual({ path, message: expect.stringMatching(message) });
    expect(() => validateAreaGeometry(geometry)).toThrow(InvalidInputError);
  });

  it('lists every defect, each with its own path', () => {
    const defects = geometryDefects({ type: 'MultiPolygon', coordinates: [[[[35, 51], [35.5, 51], [35, 51]]], [[[35, 51], [35.5, 51], [35.5, 51.5], [35, 51.5]]]] });
    expect(defects.map((d) => d.path)).toEqual(['geometry.coordinates.0.0', 'geometry.coordinates.1.0']);
  });
});
