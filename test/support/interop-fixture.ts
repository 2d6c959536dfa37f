import { expect } from 'vitest';
import { monitoringFixtures, shelling, type MonitoringFixtures } from './monitoring-fixtures.js';
import type { TestTruce } from './start-test-truce.js';

export interface InteropFixture extends MonitoringFixtures {
  /** Incident ids, in the order of INTEROP_EVENTS. */
  incidents: string[];
  published: string[];
  sensitive: string;
  areaId: string;
  claimIds: string[];
}

/** Seven events 55 km and a day apart; the first five are published, the second of them at a sensitive place. */
export const INTEROP_EVENTS = Array.from({ length: 7 }, (_, i) => ({
  point: { latitude: 47.5123 + i * 0.5, longitude: 36.0456 + (i % 2) * 0.3 },
  observed_at: { start: `2025-03-${String(13 + i).padStart(2, '0')}T10:00:00Z` },
  published: i < 5,
  sensitive: i === 1,
}));

/** The incidents, an area and two control claims, made through the API as users would. */
export async function interopFixture(t: TestTruce): Promise<InteropFixture> {
  t.clock.set('2025-03-28T12:00:00Z');
  const f = await monitoringFixtures(t);
  const reports = INTEROP_EVENTS.map((e, i) =>
    shelling(f.sources.mission, {
      point: e.point,
      observed_at: e.observed_at,
      location_sensitive: e.sensitive,
      place: null,
      geo_precision: i === 2 ? 'near' : 'exact',
      time_precision: i === 3 ? 'week' : 'exact',
      casualties: i === 0 ? { civilian_killed: 2, military_killed: 1 } : null,
      narrative: `Event ${i}: twelve impacts, "heavy", east of the town.`,
    }),
  );
  // A second account of the first event, from another source, with a higher toll.
  reports.push(shelling(f.sources.osint, { point: { latitude: 47.5133, longitude: 36.0466 }, observed_at: { start: '2025-03-13T10:10:00Z' }, casualties: { civilian_killed: 5 }, narrative: 'Five killed.' }));
  const bulk = await f.api.post('/api/v1/reports/bulk', { reports }, f.monitor.headers);
  expect(bulk.status, JSON.stringify(bulk.body)).toBe(201);
  const items = bulk.body.items as { incident_id: string }[];
  const incidents = INTEROP_EVENTS.map((_, i) => items[i]!.incident_id);
  expect(items[7]!.incident_id).toBe(incidents[0]);
  expect(new Set(incidents).size).toBe(INTEROP_EVENTS.length);

  const published = incidents.filter((_, i) => INTEROP_EVENTS[i]!.published);
  for (const [n, id] of published.entries()) {
    const decision = { outcome: 'verified', rationale: 'Craters geolocated.', credibility: 2, checks: [], attribution: { party_id: n % 2 === 0 ? f.parties.ru : f.parties.ua, confidence: 'likely' } };
    const proposed = await f.api.post(`/api/v1/incidents/${id}/decisions`, decision, f.verifier1.headers);
    expect(proposed.status, JSON.stringify(proposed.body)).toBe(201);
    const approved = await f.api.post(`/api/v1/incidents/${id}/decisions/${proposed.body.id}/approvals`, undefined, f.verifier2.headers);
    expect(approved.status, JSON.stringify(approved.body)).toBe(201);
  }

  const area = await f.api.post('/api/v1/areas', { name: 'Sector North', kind: 'front_sector', geometry: { type: 'Polygon', coordinates: [[[35, 51], [35.5, 51], [35.5, 51.5], [35, 51]]] } }, f.mediator.headers);
  expect(area.status, JSON.stringify(area.body)).toBe(201);
  const claim = async (body: Record<string, unknown>) => {
    const res = await f.api.post('/api/v1/control-claims', { basis: 'claimed', source: 'Ministry statement', claimant: f.parties.ru, ...body }, f.verifier1.headers);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body.id as string;
  };
  const claimIds = [
    await claim({ place_name: 'Sudzha', geonames_id: 486816, latitude: 51.1976, longitude: 35.2726, status: 'controlled_by', controlled_by: f.parties.ru, as_of: '2025-03-12T00:00:00Z' }),
    await claim({ place_name: 'Sector North', area_id: area.body.id, status: 'contested', as_of: '2025-03-14T00:00:00Z' }),
  ];
  return { ...f, incidents, published, sensitive: incidents[1]!, areaId: area.body.id, claimIds };
}
