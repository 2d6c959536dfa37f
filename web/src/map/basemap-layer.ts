import * as L from 'leaflet';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countriesUrl from 'world-atlas/countries-50m.json?url';

/** Where the map may be panned: the theatre and its neighbours, from the Baltic to the Caspian. */
export const REGION_BOUNDS = L.latLngBounds([36, 12], [63, 58]);

/**
 * The countries that can appear within REGION_BOUNDS (ISO 3166-1 numeric, as world-atlas
 * names them). Converting and drawing only these, not the whole world, makes the map usable
 * about twice as soon.
 */
const REGION_COUNTRIES = new Set([
  '008', '031', '040', '051', '070', '100', '112', '191', '196', '203', '208', '233', '246', '268', '276', '300', '348', '364',
  '368', '398', '428', '440', '498', '499', '578', '616', '642', '643', '688', '703', '705', '752', '760', '792', '795', '804',
  '807', '860',
]);

/**
 * The offline basemap: Natural Earth 1:50m countries from world-atlas, shipped with the
 * app as a file and drawn on a canvas. No tile server, nothing from the internet.
 */
export async function loadBasemap(map: L.Map, signal: AbortSignal): Promise<L.Layer> {
  const response = await fetch(countriesUrl, { signal });
  if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
  const world = (await response.json()) as Topology<{ countries: GeometryCollection }>;
  const countries: GeometryCollection = { type: 'GeometryCollection', geometries: world.objects.countries.geometries.filter((g) => REGION_COUNTRIES.has(String(g.id))) };
  const topology = { ...world, objects: { countries } };
  // GeoJSON passes path options, the renderer among them, on to each shape it creates.
  const drawOnCanvas: L.GeoJSONOptions & L.PathOptions = { renderer: L.canvas({ padding: 0.5 }), interactive: false };
  const land = L.geoJSON(feature(topology, topology.objects.countries), { ...drawOnCanvas, style: { stroke: false, fillColor: '#f4f1ea', fillOpacity: 1 } });
  const borders = L.geoJSON(mesh(topology, topology.objects.countries, (a, b) => a !== b), { ...drawOnCanvas, style: { color: '#8c8577', weight: 1, opacity: 0.9 } });
  const group = L.layerGroup([land, borders]);
  group.addTo(map);
  return group;
}
