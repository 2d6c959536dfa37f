import { cellToBoundary, cellToLatLng, latLngToCell } from 'h3-js';

/** Anything with a point: incidents now, reports later. Items without a point are not placed. */
export interface Located {
  latitude: number | null;
  longitude: number | null;
}

export interface HexBin<T> {
  cell: string;
  count: number;
  /** [lat, lng] of the cell's centre. */
  center: [number, number];
  /** The cell's outline as [lat, lng] pairs, ready for a Leaflet polygon. */
  boundary: [number, number][];
  items: T[];
}

/** Above this zoom the map shows (clustered) markers instead of hexagons. */
export const HEXAGON_MAX_ZOOM = 8;

/** The H3 resolution whose cells read well at a Leaflet zoom level: about 30–60 px across. */
export function hexResolutionForZoom(zoom: number): number {
  if (zoom <= 4) return 3;
  if (zoom <= 6) return 4;
  if (zoom === 7) return 5;
  return 6;
}

/**
 * Counts located items per H3 cell at a resolution. Bins come out with the largest first
 * (ties by cell id), so that the result is the same for the same input whatever its order.
 */
export function aggregateHexagons<T extends Located>(items: readonly T[], resolution: number): HexBin<T>[] {
  const bins = new Map<string, T[]>();
  for (const item of items) {
    const { latitude, longitude } = item;
    if (latitude === null || longitude === null || !Number.isFinite(latitude) || !Number.isFinite(longitude)) continue;
    const cell = latLngToCell(latitude, longitude, resolution);
    const bin = bins.get(cell);
    if (bin) bin.push(item);
    else bins.set(cell, [item]);
  }
  return [...bins.entries()]
    .map(([cell, binItems]) => ({
      cell,
      count: binItems.length,
      center: cellToLatLng(cell) as [number, number],
      boundary: cellToBoundary(cell) as [number, number][],
      items: binItems,
    }))
    .sort((a, b) => b.count - a.count || (a.cell < b.cell ? -1 : 1));
}
