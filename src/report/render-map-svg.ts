import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoMercator, geoPath } from 'd3-geo';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { escapeHtml } from './escape-html.js';
import { UNATTRIBUTED_COLOR } from './party-colors.js';

export interface MapPoint {
  latitude: number;
  longitude: number;
  party_id: string | null;
  label: string;
}

let countries: FeatureCollection<Polygon | MultiPolygon, { name: string }> | null = null;

/** Natural Earth borders from world-atlas, loaded once; no network, no tile server. */
function borders(): FeatureCollection<Polygon | MultiPolygon, { name: string }> {
  if (!countries) {
    const path = createRequire(import.meta.url).resolve('world-atlas/countries-50m.json');
    const topology = JSON.parse(readFileSync(path, 'utf8')) as Topology<{ countries: GeometryCollection<{ name: string }> }>;
    countries = feature(topology, topology.objects.countries) as FeatureCollection<Polygon | MultiPolygon, { name: string }>;
  }
  return countries;
}

/** The line of contact and the Kursk region, when the day has no incident to frame. */
const DEFAULT_EXTENT: [[number, number], [number, number]] = [[30.5, 45.5], [40.5, 52.5]];

/** An SVG map of the day's incidents over country borders, drawn on the server with d3-geo. */
export function renderMapSvg(points: readonly MapPoint[], colors: ReadonlyMap<string, string>, width = 720, height = 480): string {
  const extent = points.length
    ? padExtent([
        [Math.min(...points.map((p) => p.longitude)), Math.min(...points.map((p) => p.latitude))],
        [Math.max(...points.map((p) => p.longitude)), Math.max(...points.map((p) => p.latitude))],
      ])
    : DEFAULT_EXTENT;
  const frame = { type: 'Feature' as const, properties: {}, geometry: { type: 'MultiPoint' as const, coordinates: extent } };
  const projection = geoMercator().fitExtent([[10, 10], [width - 10, height - 10]], frame);
  const path = geoPath(projection);
  const shapes = borders()
    .features.map((country) => {
      const d = path(country);
      return d ? `<path d="${d}" class="country"><title>${escapeHtml(country.properties.name)}</title></path>` : '';
    })
    .join('');
  const dots = points
    .map((p) => {
      const xy = projection([p.longitude, p.latitude]);
      if (!xy) return '';
      const color = (p.party_id && colors.get(p.party_id)) || UNATTRIBUTED_COLOR;
      return `<circle cx="${xy[0].toFixed(1)}" cy="${xy[1].toFixed(1)}" r="5" fill="${color}" stroke="#fff" stroke-width="1"><title>${escapeHtml(p.label)}</title></circle>`;
    })
    .join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="Map of the day's incidents">` +
    `<rect width="${width}" height="${height}" fill="#eef3f7"/><g fill="#fbfaf6" stroke="#9aa5b1" stroke-width="0.6">${shapes}</g><g>${dots}</g>` +
    `<text x="${width - 8}" y="${height - 8}" text-anchor="end" font-size="9" fill="#555">Borders: Natural Earth</text></svg>`
  );
}

function padExtent([[w, s], [e, n]]: [[number, number], [number, number]]): [[number, number], [number, number]] {
  const padLon = Math.max(2, (e - w) * 0.15);
  const padLat = Math.max(1.2, (n - s) * 0.15);
  return [[w - padLon, s - padLat], [e + padLon, n + padLat]];
}
