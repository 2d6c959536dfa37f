import { getHexagonEdgeLengthAvg, gridDisk, latLngToCell, UNITS } from 'h3-js';
import type { ClusterSettings } from './cluster-decision.js';

/** Incidents are indexed by the H3 cell (resolution 7, about 5 km²) of their anchor point. */
export const CLUSTER_RESOLUTION = 7;
/** Places are indexed coarser (resolution 5, about 250 km²): a nearest-place search needs few cells. */
export const PLACE_RESOLUTION = 5;

const EDGE_KM = getHexagonEdgeLengthAvg(CLUSTER_RESOLUTION, UNITS.km);

export function clusterCell(latitude: number, longitude: number): string {
  return latLngToCell(latitude, longitude, CLUSTER_RESOLUTION);
}

export function placeCell(latitude: number, longitude: number): string {
  return latLngToCell(latitude, longitude, PLACE_RESOLUTION);
}

/**
 * How many rings of neighbours cover the clustering distance from anywhere in a
 * cell: ring k lies at least 1.5·k edges from the centre, and a point may sit one
 * edge off-centre on either side; 15% covers cells smaller than the average.
 */
export function searchRings(settings: ClusterSettings): number {
  return Math.max(1, Math.ceil((settings.distanceKm + 2 * EDGE_KM * 1.15) / (1.5 * EDGE_KM * 0.85)));
}

/** The cell and its neighbours within `rings`: every cell whose incidents may lie within the distance. */
export function searchCells(cell: string, rings: number): string[] {
  return gridDisk(cell, rings);
}

/**
 * The resolution at which a cell and its six neighbours cover the clustering
 * distance from anywhere in the cell: the neighbours form a band at least their
 * inradius wide (about 0.87 edge, less where H3 cells are smallest), so the finest
 * resolution whose average edge is at least distance / 0.55. For 5 km that is 5.
 */
export function neighbourResolution(settings: ClusterSettings): number {
  for (let res = CLUSTER_RESOLUTION; res > 0; res--) {
    if (getHexagonEdgeLengthAvg(res, UNITS.km) * 0.55 >= settings.distanceKm) return res;
  }
  return 0;
}

/** A cell and its six neighbours: at `neighbourResolution`, every cell a point within the distance may lie in. */
export function neighbourhood(cell: string): string[] {
  return gridDisk(cell, 1);
}
