import type { Geometry } from 'geojson';
import type { ShownIncident } from './shown-records.js';

/** OGC JSON-FG's `time` member: one instant, or an interval whose open end is "..". */
export type JsonFgTime = { timestamp: string } | { interval: [string, string] };

/** An RFC 7946 Feature with JSON-FG's `time` and `place` (null: the geometry is in WGS 84). */
export interface TruceFeature {
  type: 'Feature';
  id: string;
  geometry: Geometry | null;
  properties: Record<string, unknown>;
  time: JsonFgTime | null;
  place: null;
}

/** The JSON-FG conformance class a feature collection of these declares. */
export const JSON_FG_CORE = 'http://www.opengis.net/spec/json-fg-1/0.2/conf/core';

export function jsonFgTime(start: string | undefined, end?: string | undefined): JsonFgTime | null {
  if (!start) return null;
  return end && end !== start ? { interval: [start, end] } : { timestamp: start };
}

function feature(shown: { id: string }, geometry: Geometry | null, time: JsonFgTime | null, omit: readonly string[]): TruceFeature {
  const properties: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(shown)) if (key !== 'id' && !omit.includes(key)) properties[key] = value;
  return { type: 'Feature', id: shown.id, geometry, properties, time, place: null };
}

/** An incident as shown to its reader: its point (rounded when that is what they are shown), observed from first to last report. */
export function incidentFeature(shown: ShownIncident): TruceFeature {
  const point = shown.point;
  const geometry: Geometry | null = point ? { type: 'Point', coordinates: [point.longitude, point.latitude] } : null;
  return feature(shown, geometry, jsonFgTime(shown.first_observed_at, shown.last_observed_at), ['point']);
}

/** A control claim as of its date: at its point, or over its area's polygon when it is about an area. */
export function controlClaimFeature(shown: { id: string; latitude?: number | null; longitude?: number | null; as_of?: string }, areaGeometry: Geometry | null = null): TruceFeature {
  const { latitude, longitude } = shown;
  const geometry: Geometry | null = typeof latitude === 'number' && typeof longitude === 'number' ? { type: 'Point', coordinates: [longitude, latitude] } : areaGeometry;
  return feature(shown, geometry, jsonFgTime(shown.as_of), []);
}

/** A named area: its polygon; areas have no time of their own. */
export function areaFeature(shown: { id: string; geometry?: unknown }): TruceFeature {
  return feature(shown, (shown.geometry as Geometry | undefined) ?? null, null, ['geometry']);
}
