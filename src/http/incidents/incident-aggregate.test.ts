import { cellToParent, latLngToCell } from 'h3-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { monitoringFixtures, shelling, type MonitoringFixtures } from '../../../test/support/monitoring-fixtures.js';
import { startTestTruce, type TestTruce } from '../../../test/support/start-test-truce.js';
import { testDatabases, type TestDatabase } from '../../../test/support/test-databases.js';
import { parentPrefixLength } from '../../services/incidents/aggregate-incidents.js';

const PUBLIC = { remoteAddress: '203.0.113.9' };

interface Cell {
  cell: string;
  count: number;
  by_status: Record<string, number>;
  by_party: Record<string, number>;
  synthetic: number;
}

describe.each(testDatabases())('incident aggregate on $name', (factory) => {
  let database: TestDatabase;
  let t: TestTruce;
  let f: MonitoringFixtures;
  // A sensitive incident whose exact point and rounded point fall in different resolution-7 cells.
  const sensitive = { latitude: 50.2749, longitude: 36.0249 };
  let verifiedSensitive: string;

  beforeAll(async () => {
    database = await factory.create();
    t = await startTestTruce(database);
    f = await monitoringFixtures(t);
    const submit = async (body: Record<string, unknown>) => {
      const res = await f.api.post('/api/v1/reports', body, f.monitor.headers);
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      return res.body.incident_id as string;
    };
    const verify = async (incident: string, party: string | null) => {
      const decision = { outcome: 'verified', rationale: 'Geolocated.', credibility: 2, checks: [], attribution: { party_id: party, confidence: 'likely' } };
      const p = await f.api.post(`/api/v1/incidents/${incident}/decisions`, decision, f.verifier1.headers);
      const a = await f.api.post(`/api/v1/incidents/${incident}/decisions/${p.body.id}/approvals`, undefined, f.verifier2.headers);
      expect(a.status, JSON.stringify(a.body)).toBe(201);
    };
    // Near Kupiansk, hours or days apart: two published shellings (one attributed to Russia) and an unpublished drone strike; elsewhere a published sensitive incident.
    await verify(await submit(shelling(f.sources.mission)), f.parties.ru);
    await verify(await submit(shelling(f.sources.mission, { observed_at: { start: '2025-03-13T06:00:00Z' }, geo_precision: 'region' })), null);
    await submit(shelling(f.sources.mission, { kind: 'drone_strike', observed_at: { start: '2025-03-12T10:00:00Z' } }));
    verifiedSensitive = await submit(shelling(f.sources.mission, { point: sensitive, location_sensitive: true, observed_at: { start: '2025-03-11T10:00:00Z' } }));
    await verify(verifiedSensitive, f.parties.ua);
  });

  afterAll(async () => {
    await t?.close();
    await database?.dispose();
  });

  const aggregate = async (query: string, headers?: Record<string, string>) => {
    const res = headers ? await f.api.get(`/api/v1/incidents/aggregate?${query}`, headers) : (await t.app.inject({ method: 'GET', url: `/api/v1/incidents/aggregate?${query}`, ...PUBLIC })).json();
    return (headers ? res.body : res) as { resolution: number; total: number; cells: Cell[] };
  };
  const kupiansk = (resolution: number) => latLngToCell(49.7106, 37.6156, resolution);

  it('counts what the mission sees per cell, by status and by party', async () => {
    const body = await aggregate('resolution=4', f.verifier1.headers);
    expect(body.total).toBe(4);
    const cell = body.cells.find((c) => c.cell === kupiansk(4));
    expect(cell).toMatchObject({ count: 3, by_status: { verified: 2, reported: 1 }, by_party: { [f.parties.ru]: 1, none: 2 }, synthetic: 0 });
    expect(body.cells.find((c) => c.cell === latLngToCell(sensitive.latitude, sensitive.longitude, 4))?.count).toBe(1);
  });

  it('counts for the public only what is published, and a sensitive incident where its rounded point lies', async () => {
    const body = await aggregate('resolution=7');
    expect(body.total).toBe(3);
    const exactCell = latLngToCell(sensitive.latitude, sensitive.longitude, 7);
    const roundedCell = latLngToCell(50.3, 36.0, 7);
    expect(exactCell).not.toBe(roundedCell);
    expect(body.cells.map((c) => c.cell)).toContain(roundedCell);
    expect(body.cells.map((c) => c.cell)).not.toContain(exactCell);
    expect(body.cells.every((c) => !('reported' in c.by_status))).toBe(true);
    const staff = await aggregate('resolution=7', f.verifier1.headers);
    expect(staff.cells.map((c) => c.cell)).toContain(exactCell);
    // A liaison sees the incident attributed to its own party, rounded as the list shows it.
    const ua = await aggregate('resolution=7', f.liaisonUa.headers);
    expect(ua.cells.map((c) => c.cell)).toContain(roundedCell);
    expect(ua.cells.map((c) => c.cell)).not.toContain(exactCell);
  });

  it('filters as the list does: kind, party, status, time, bbox and precision', async () => {
    const staff = f.verifier1.headers;
    expect((await aggregate('resolution=5&kind=drone_strike', staff)).total).toBe(1);
    expect((await aggregate(`resolution=5&party=${f.parties.ru}`, staff)).total).toBe(1);
    expect((await aggregate('resolution=5&status=reported', staff)).total).toBe(1);
    expect((await aggregate('resolution=5&from=2025-03-13T00:00:00Z&to=2025-03-13T12:00:00Z', staff)).total).toBe(2);
    expect((await aggregate('resolution=5&bbox=37,49,38,50', staff)).total).toBe(3);
    expect((await aggregate('resolution=5&precision=region', staff)).total).toBe(1);
    expect((await aggregate('resolution=5&precision=exact', staff)).total).toBe(3);
    const list = await f.api.get('/api/v1/incidents?precision=region', staff);
    expect(list.body.items).toHaveLength(1);
    expect((await aggregate('resolution=3', staff)).cells[0]!.cell).toBe(cellToParent(kupiansk(7), 3));
  });

  it('refuses a bad resolution or filter with a 400 naming the field', async () => {
    for (const [query, path] of [
      ['', 'query.resolution'],
      ['resolution=8', 'query.resolution'],
      ['resolution=1', 'query.resolution'],
      ['resolution=abc', 'query.resolution'],
      ['resolution=4.5', 'query.resolution'],
      ['resolution=4&precision=perfect', 'query.precision'],
      ['resolution=4&bbox=1,2,3', 'query.bbox'],
      ['resolution=4&limit=5', 'query.limit'],
    ] as const) {
      const res = await f.api.get(`/api/v1/incidents/aggregate?${query}`, f.verifier1.headers);
      expect(res.status, query).toBe(400);
      expect(res.body.details[0].path, query).toBe(path);
    }
  });

  it('counts a new incident at once: a remembered answer lasts only until the record changes', async () => {
    const before = await aggregate('resolution=3', f.verifier1.headers);
    expect((await aggregate('resolution=3', f.verifier1.headers)).total).toBe(before.total);
    const res = await f.api.post('/api/v1/reports', shelling(f.sources.mission, { point: { latitude: 47.0, longitude: 37.5 } }), f.monitor.headers);
    expect(res.status).toBe(201);
    expect((await aggregate('resolution=3', f.verifier1.headers)).total).toBe(before.total + 1);
    // The public does not see it: unpublished.
    expect((await aggregate('resolution=3')).total).toBe(3);
  });
});

describe('parentPrefixLength', () => {
  it('gives a prefix of the stored cell that fixes its parent at every resolution the aggregate serves', () => {
    const cells = Array.from({ length: 3000 }, (_, i) => latLngToCell(44 + ((i * 7919) % 1000) / 120, 28 + ((i * 104729) % 1000) / 70, 7));
    for (let resolution = 2; resolution <= 7; resolution++) {
      const parents = new Map<string, string>();
      for (const cell of cells) {
        const key = cell.slice(0, parentPrefixLength(resolution));
        const parent = cellToParent(cell, resolution);
        expect(parents.get(key) ?? parent, `${cell} at ${resolution}`).toBe(parent);
        parents.set(key, parent);
      }
      // The prefix groups at most a few keys per parent: the database returns about one row per parent.
      expect(parents.size).toBeLessThanOrEqual(new Set(parents.values()).size * 8);
    }
  });
});
