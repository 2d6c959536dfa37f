import type { KindFamily } from '../monitoring/report-taxonomy.js';

export interface ClusterSettings {
  /** Reports within this distance of an incident's anchor point may join it. */
  distanceKm: number;
  /** ... and within this time of the incident's first or last observation. */
  windowMs: number;
}

export const DEFAULT_CLUSTER_SETTINGS: ClusterSettings = { distanceKm: 5, windowMs: 2 * 3_600_000 };

export interface ClusterCandidate {
  id: string;
  family: KindFamily;
  latitude: number;
  longitude: number;
  firstMs: number;
  lastMs: number;
}

export interface ClusterProbe {
  family: KindFamily;
  latitude: number;
  longitude: number;
  /** The observation's start and end. */
  fromMs: number;
  toMs: number;
}

const EARTH_RADIUS_KM = 6371.0088;
const RAD = Math.PI / 180;

export function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const dLat = (lat2 - lat1) * RAD;
  const dLon = (lon2 - lon1) * RAD;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

/**
 * Which incident a new report joins: among candidates of its kind family within
 * the distance and the time window, the nearest in space, then in time; null
 * when none qualifies and the report starts an incident of its own.
 */
export function chooseIncident(probe: ClusterProbe, candidates: Iterable<ClusterCandidate>, settings: ClusterSettings): ClusterCandidate | null {
  let best: ClusterCandidate | null = null;
  let bestKm = Infinity;
  let bestGap = Infinity;
  for (const c of candidates) {
    if (c.family !== probe.family) continue;
    const gap = probe.toMs < c.firstMs ? c.firstMs - probe.toMs : probe.fromMs > c.lastMs ? probe.fromMs - c.lastMs : 0;
    if (gap > settings.windowMs) continue;
    const km = distanceKm(probe.latitude, probe.longitude, c.latitude, c.longitude);
    if (km > settings.distanceKm) continue;
    if (km < bestKm || (km === bestKm && gap < bestGap)) {
      best = c;
      bestKm = km;
      bestGap = gap;
    }
  }
  return best;
}
