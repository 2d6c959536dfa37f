import type { Map as LeafletMap } from 'leaflet';

/**
 * One thematic layer of the map. The map page owns the Leaflet map and the data; a layer
 * only draws what it is given. The incidents layer (H3 hexagons from aggregate-hexagons at
 * low zoom, clustered markers above HEXAGON_MAX_ZOOM) implements this too.
 */
export interface MapLayer<Data> {
  addTo(map: LeafletMap): void;
  update(data: Data): void;
  remove(): void;
}
