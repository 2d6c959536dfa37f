/** About 10 km: a tenth of a degree is 11 km of latitude and 7 km of longitude at 50° N. */
const GRID_DEGREES = 0.1;

export interface Point {
  latitude: number;
  longitude: number;
}

/**
 * A sensitive location as readers without need see it: snapped to a 0.1° grid, so
 * that the true point cannot be recovered, and the same for every record in the cell.
 */
export function coarseLocation(point: Point): Point {
  const snap = (value: number) => Math.round(Math.round(value / GRID_DEGREES) * GRID_DEGREES * 10) / 10 || 0;
  return { latitude: snap(point.latitude), longitude: snap(point.longitude) };
}
