import { area } from '@turf/area';
import { kinks } from '@turf/kinks';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { InvalidInputError } from '../domain-error.js';

export type AreaGeometry = Polygon | MultiPolygon;

/** One defect of a geometry, with the JSON path of the offending part. */
export interface GeometryDefect {
  path: string;
  message: string;
}

/**
 * Checks an RFC 7946 Polygon or MultiPolygon: numeric positions in range, rings of
 * at least four positions that close on themselves, and no ring that crosses
 * itself. Returns every defect found, each with its own path and message.
 */
export function geometryDefects(geometry: unknown, path = 'geometry'): GeometryDefect[] {
  if (typeof geometry !== 'object' || geometry === null) return [{ path, message: 'must be a GeoJSON Polygon or MultiPolygon object' }];
  const { type, coordinates } = geometry as { type?: unknown; coordinates?: unknown };
  if (type === 'Polygon') return polygonDefects(coordinates, `${path}.coordinates`);
  if (type === 'MultiPolygon') {
    if (!Array.isArray(coordinates) || coordinates.length === 0) return [{ path: `${path}.coordinates`, message: 'must be a non-empty array of polygons' }];
    return coordinates.flatMap((polygon, i) => polygonDefects(polygon, `${path}.coordinates.${i}`));
  }
  return [{ path: `${path}.type`, message: `must be Polygon or MultiPolygon, not ${JSON.stringify(type)}` }];
}

function polygonDefects(rings: unknown, path: string): GeometryDefect[] {
  if (!Array.isArray(rings) || rings.length === 0) return [{ path, message: 'a polygon is a non-empty array of linear rings' }];
  const defects = rings.flatMap((ring, i) => ringDefects(ring, `${path}.${i}`));
  if (defects.length > 0) return defects;
  rings.forEach((ring: Position[], i) => {
    const crossings = kinks({ type: 'Polygon', coordinates: [ring] }).features;
    if (crossings.length > 0) {
      const [lon, lat] = crossings[0]!.geometry.coordinates;
      defects.push({ path: `${path}.${i}`, message: `the ring intersects itself (at ${lon}, ${lat})` });
    }
  });
  return defects;
}

function ringDefects(ring: unknown, path: string): GeometryDefect[] {
  if (!Array.isArray(ring)) return [{ path, message: 'a linear ring is an array of positions' }];
  const defects: GeometryDefect[] = [];
  ring.forEach((position, i) => {
    const where = `${path}.${i}`;
    if (!Array.isArray(position) || position.length < 2 || position.length > 3 || !position.every((n) => typeof n === 'number' && Number.isFinite(n))) {
      defects.push({ path: where, message: 'a position is [longitude, latitude] in numbers' });
      return;
    }
    const [lon, lat] = position as [number, number];
    if (lon < -180 || lon > 180) defects.push({ path: `${where}.0`, message: `longitude ${lon} is outside -180…180` });
    if (lat < -90 || lat > 90) defects.push({ path: `${where}.1`, message: `latitude ${lat} is outside -90…90` });
  });
  if (defects.length > 0) return defects;
  if (ring.length < 4) return [{ path, message: `a linear ring needs at least 4 positions, it has ${ring.length}` }];
  const first = ring[0] as number[];
  const last = ring[ring.length - 1] as number[];
  if (first[0] !== last[0] || first[1] !== last[1]) return [{ path, message: 'the ring is not closed: its last position must equal its first' }];
  return [];
}

/** Validates and returns the geometry with its area in km², or throws naming the first defect. */
export function validateAreaGeometry(geometry: unknown, path = 'geometry'): { geometry: AreaGeometry; km2: number } {
  const defects = geometryDefects(geometry, path);
  if (defects.length > 0) {
    const error = new InvalidInputError(defects[0]!.path, defects[0]!.message);
    error.details.splice(0, error.details.length, ...defects);
    throw error;
  }
  const valid = geometry as AreaGeometry;
  return { geometry: valid, km2: Math.round(area(valid) / 1e4) / 100 };
}
