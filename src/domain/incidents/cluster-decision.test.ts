import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chooseIncident, DEFAULT_CLUSTER_SETTINGS, distanceKm, type ClusterCandidate } from './cluster-decision.js';
import { clusterCell, neighbourhood, neighbourResolution, searchCells, searchRings } from './cluster-cells.js';
import { latLngToCell } from 'h3-js';

const H = 3_600_000;
const base: ClusterCandidate = { id: 'a', family: 'attack', latitude: 49.71, longitude: 37.61, firstMs: 10 * H, lastMs: 10 * H };

describe('clustering decision', () => {
  it('joins the same family within 5 km and 2 h, and nothing else', () => {
    const probe = { family: 'attack' as const, latitude: 49.72, longitude: 37.62, fromMs: 11 * H, toMs: 11 * H };
    expect(chooseIncident(probe, [base], DEFAULT_CLUSTER_SETTINGS)?.id).toBe('a');
    expect(chooseIncident({ ...probe, family: 'forces' }, [base], DEFAULT_CLUSTER_SETTINGS)).toBeNull();
    expect(chooseIncident({ ...probe, fromMs: 13 * H, toMs: 13 * H }, [base], DEFAULT_CLUSTER_SETTINGS)).toBeNull();
    expect(chooseIncident({ ...probe, latitude: 49.71 + 10 / 111.2 }, [base], DEFAULT_CLUSTER_SETTINGS)).toBeNull();
  });

  it('prefers the nearest candidate', () => {
    const near = { ...base, id: 'near', latitude: 49.7201 };
    const probe = { family: 'attack' as const, latitude: 49.72, longitude: 37.61, fromMs: 10 * H, toMs: 10 * H };
    expect(chooseIncident(probe, [base, near], DEFAULT_CLUSTER_SETTINGS)?.id).toBe('near');
  });

  it('searches enough H3 cells: any two points within the distance share the search disk', () => {
    const rings = searchRings(DEFAULT_CLUSTER_SETTINGS);
    fc.assert(
      fc.property(fc.double({ min: 44, max: 56, noNaN: true }), fc.double({ min: 30, max: 40, noNaN: true }), fc.double({ min: 0, max: 2 * Math.PI, noNaN: true }), fc.double({ min: 0, max: 5, noNaN: true }), (lat, lon, angle, km) => {
        const lat2 = lat + (km / 111.2) * Math.cos(angle);
        const lon2 = lon + (km / (111.2 * Math.cos((lat * Math.PI) / 180))) * Math.sin(angle);
        if (distanceKm(lat, lon, lat2, lon2) > 5) return;
        expect(searchCells(clusterCell(lat, lon), rings)).toContain(clusterCell(lat2, lon2));
      }),
      { numRuns: 300 },
    );
  });

  it('finds any point within the distance among a cell and its six neighbours at the in-memory resolution, anywhere on earth', () => {
    const res = neighbourResolution(DEFAULT_CLUSTER_SETTINGS);
    expect(res).toBe(5);
    fc.assert(
      fc.property(fc.double({ min: -80, max: 80, noNaN: true }), fc.double({ min: -179, max: 179, noNaN: true }), fc.double({ min: 0, max: 2 * Math.PI, noNaN: true }), (lat, lon, angle) => {
        const lat2 = lat + (5 / 111.2) * Math.cos(angle);
        const lon2 = lon + (5 / (111.2 * Math.cos((lat * Math.PI) / 180))) * Math.sin(angle);
        if (distanceKm(lat, lon, lat2, lon2) > 5) return;
        expect(neighbourhood(latLngToCell(lat, lon, res))).toContain(latLngToCell(lat2, lon2, res));
      }),
      { numRuns: 2000 },
    );
  });
});
