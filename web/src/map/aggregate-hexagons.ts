import { cellToBoundary } from 'h3-js';

/** Above this zoom the map shows (clustered) markers instead of hexagons. */
export const HEXAGON_MAX_ZOOM = 8;

/** The H3 resolution whose cells read well at a Leaflet zoom level: about 30–60 px across. */
export function hexResolutionForZoom(zoom: number): number {
  if (zoom <= 4) return 3;
  if (zoom <= 6) return 4;
  if (zoom === 7) return 5;
  return 6;
}

/** A cell's outline as [lat, lng] pairs, ready for a Leaflet polygon. */
export function hexOutline(cell: string): [number, number][] {
  return cellToBoundary(cell) as [number, number][];
}

/** How strongly a cell is shaded: five steps on a log scale of its share of the largest count. */
export function hexShade(count: number, max: number): number {
  if (count <= 0 || max <= 0) return 0;
  const share = Math.log1p(count) / Math.log1p(max);
  return Math.min(5, Math.max(1, Math.ceil(share * 5)));
}
