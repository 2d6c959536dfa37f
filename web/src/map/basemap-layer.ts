import * as L from 'leaflet';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countriesUrl from 'world-atlas/countries-50m.json?url';

/**
 * The offline basemap: Natural Earth 1:50m countries from world-atlas, shipped with the
 * app as a file and drawn on a canvas. No tile server, nothing from the internet.
 */
export async function loadBasemap(map: L.Map, signal: AbortSignal): Promise<L.Layer> {
  const response = await fetch(countriesUrl, { signal });
  if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
  const topology = (await response.json()) as Topology<{ countries: GeometryCollection }>;
  // GeoJSON passes path options, the renderer among them, on to each shape it creates.
  const drawOnCanvas: L.GeoJSONOptions & L.PathOptions = { renderer: L.canvas({ padding: 0.5 }), interactive: false };
  const land = L.geoJSON(feature(topology, topology.objects.countries), { ...drawOnCanvas, style: { stroke: false, fillColor: '#f4f1ea', fillOpacity: 1 } });
  const borders = L.geoJSON(mesh(topology, topology.objects.countries, (a, b) => a !== b), { ...drawOnCanvas, style: { color: '#8c8577', weight: 1, opacity: 0.9 } });
  const group = L.layerGroup([land, borders]);
  group.addTo(map);
  return group;
}
