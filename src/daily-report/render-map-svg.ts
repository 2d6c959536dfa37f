import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoMercator, geoPath } from 'd3-geo';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { UNKNOWN_COLOR } from '../domain/agreement/party-colors.js';
import { escapeHtml } from './escape-html.js';
import type { Language } from '../domain/languages.js';
import { townName } from '../domain/control/town-names.js';

export interface MapPoint {
  latitude: number;
  longitude: number;
  party_id: string | null;
  label: string;
}

export interface MapWords {
  label: string;
  credit: string;
  /** The language town labels are written in. */
  lang: Language;
}

type Countries = FeatureCollection<Polygon | MultiPolygon, { name: string }>;
/** [geonameid, name, country, population, latitude, longitude], largest first. */
type Town = [number, string, string, number, number, number];

let countries: Countries | null = null;
let towns: Town[] | null = null;

/** Natural Earth borders from world-atlas at 1:50m, loaded once; no network, no tile server. */
function borders(): Countries {
  if (!countries) {
    const path = createRequire(import.meta.url).resolve('world-atlas/countries-50m.json');
    const topology = JSON.parse(readFileSync(path, 'utf8')) as Topology<{ countries: GeometryCollection<{ name: string }> }>;
    countries = feature(topology, topology.objects.countries) as Countries;
  }
  return countries;
}

/** The web map's town labels (`npm run web:towns`): one extract of the gazetteer names places on both maps. */
function townList(): Town[] {
  towns ??= JSON.parse(readFileSync(new URL('../../web/src/map/towns.json', import.meta.url), 'utf8')) as Town[];
  return towns;
}

/** The line of contact and the Kursk region, when the day has no incident to frame. */
const DEFAULT_EXTENT: [[number, number], [number, number]] = [[30.5, 45.5], [40.5, 52.5]];
/** Towns named on the map: enough to find one's way, few enough to stay legible. */
const TOWN_LABELS = 14;
/** The closest two town labels may be, in pixels. */
const LABEL_GAP = 46;

/**
 * An SVG map of the day's incidents over country borders, drawn on the server with d3-geo.
 * The borders are clipped to the frame and rounded to a tenth of a pixel, so the map weighs
 * tens of kilobytes, not the whole world's outline at full precision.
 */
export function renderMapSvg(points: readonly MapPoint[], colors: ReadonlyMap<string, string>, words: MapWords, width = 720, height = 480): string {
  const extent = points.length
    ? padExtent([
        [Math.min(...points.map((p) => p.longitude)), Math.min(...points.map((p) => p.latitude))],
        [Math.max(...points.map((p) => p.longitude)), Math.max(...points.map((p) => p.latitude))],
      ])
    : DEFAULT_EXTENT;
  const frame = { type: 'Feature' as const, properties: {}, geometry: { type: 'MultiPoint' as const, coordinates: extent } };
  const projection = geoMercator().fitExtent([[10, 10], [width - 10, height - 10]], frame).clipExtent([[0, 0], [width, height]]);
  const path = geoPath(projection).digits(1);
  const shapes = borders()
    .features.map((country) => {
      const d = path(country);
      return d ? `<path d="${d}"><title>${escapeHtml(country.properties.name)}</title></path>` : '';
    })
    .join('');
  const placed: [number, number][] = [];
  const labels: string[] = [];
  for (const [id, latin, , , latitude, longitude] of townList()) {
    if (labels.length >= TOWN_LABELS) break;
    const xy = projection([longitude, latitude]);
    if (!xy || xy[0] < 8 || xy[0] > width - 60 || xy[1] < 12 || xy[1] > height - 20) continue;
    if (placed.some(([x, y]) => Math.abs(x - xy[0]) < LABEL_GAP * 1.6 && Math.abs(y - xy[1]) < LABEL_GAP / 2.5)) continue;
    placed.push(xy);
    labels.push(`<circle cx="${xy[0].toFixed(1)}" cy="${xy[1].toFixed(1)}" r="1.8"/><text x="${(xy[0] + 4).toFixed(1)}" y="${(xy[1] + 3).toFixed(1)}">${escapeHtml(townName(id, latin, words.lang))}</text>`);
  }
  const dots = points
    .map((p) => {
      const xy = projection([p.longitude, p.latitude]);
      if (!xy) return '';
      const color = (p.party_id && colors.get(p.party_id)) || UNKNOWN_COLOR;
      return `<circle cx="${xy[0].toFixed(1)}" cy="${xy[1].toFixed(1)}" r="5" fill="${color}" stroke="#fff" stroke-width="1"><title>${escapeHtml(p.label)}</title></circle>`;
    })
    .join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${escapeHtml(words.label)}">` +
    `<rect width="${width}" height="${height}" fill="#eef3f7"/><g fill="#fbfaf6" stroke="#9aa5b1" stroke-width="0.6">${shapes}</g>` +
    `<g fill="#3b3f44" font-size="10" font-family="sans-serif">${labels.join('')}</g><g>${dots}</g>` +
    `<text x="${width - 8}" y="${height - 8}" text-anchor="end" font-size="9" fill="#555">${escapeHtml(words.credit)}</text></svg>`
  );
}

function padExtent([[w, s], [e, n]]: [[number, number], [number, number]]): [[number, number], [number, number]] {
  const padLon = Math.max(2, (e - w) * 0.15);
  const padLat = Math.max(1.2, (n - s) * 0.15);
  return [[w - padLon, s - padLat], [e + padLon, n + padLat]];
}
