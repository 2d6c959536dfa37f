import townsUrl from '../map/towns.json?url';
import type { TownRow } from '../map/town-labels-layer.js';

/** The map's town labels: the place a verifier reads an incident's point by. */
export async function loadTowns(signal: AbortSignal): Promise<TownRow[]> {
  const response = await fetch(townsUrl, { signal });
  if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
  return (await response.json()) as TownRow[];
}

export interface NearTown {
  town: TownRow;
  km: number;
}

const EARTH_KM = 6371;
const rad = (deg: number) => (deg * Math.PI) / 180;

/** The labelled town nearest a point, by great-circle distance; none when there are no towns. */
export function nearestTown(towns: readonly TownRow[], point: { latitude: number; longitude: number }): NearTown | null {
  let best: NearTown | null = null;
  for (const town of towns) {
    const [, , , , lat, lon] = town;
    const a = Math.sin(rad(lat - point.latitude) / 2) ** 2 + Math.cos(rad(point.latitude)) * Math.cos(rad(lat)) * Math.sin(rad(lon - point.longitude) / 2) ** 2;
    const km = 2 * EARTH_KM * Math.asin(Math.sqrt(a));
    if (!best || km < best.km) best = { town, km };
  }
  return best;
}
