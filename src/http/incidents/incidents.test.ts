import { loggedEvents } from '../../../test/support/logged-events.js';
import { expectDisclosed } from '../../../test/support/expect-disclosed.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { monitoringFixtures, shelling, type MonitoringFixtures } from '../../../test/support/monitoring-fixtures.js';
import { startTestTruce, type TestTruce } from '../../../test/support/start-test-truce.js';
import { testDatabases, type TestDatabase } from '../../../test/support/test-databases.js';

const PUBLIC = { remoteAddress: '203.0.113.9' };

describe.each(testDatabases())('incidents API on $name', (factory) => {
  let database: TestDatabase;
  let t: TestTruce;
  let f: MonitoringFixtures;

  beforeAll(async () => {
    database = await factory.create();
    t = await startTestTruce(database);
    f = await monitoringFixtures(t);
  });

  afterAll(async () => {
    await t?.close();
    await database?.dispose();
  });

  const submit = async (body: Record<string, unknown>, headers = f.monitor.headers) => {
    const res = await f.api.post('/api/v1/reports', body, headers);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body;
  };
  const incident = async (id: string, headers: Record<string, string> = f.verifier1.headers) => (await f.api.get(`/api/v1/incidents/${id}`, headers)).body;
  const publicGet = (url: string) => t.app.inject({ method: 'GET', url, ...PUBLIC });

  it('clusters three reports of one shelling from three sources with two affiliations into one incident, corroboration 2', async () => {
    const a = await submit(shelling(f.sources.mission, { point: { latitude: 50.1, longitude: 36.3 } }));
    const b = await submit(shelling(f.sources.osint, { kind: 'missile_strike', point: { latitude: 50.11, longitude: 36.31 }, observed_at: { start: '2025-03-13T10:40:00Z' } }));
    const c = await submit(shelling(f.sources.uaOfficial, { point: { latitude: 50.09, longitude: 36.32 }, observed_at: { start: '2025-03-13T09:30:00Z' } }));
    expect(new Set([a.incident_id, b.incident_id, c.incident_id]).size).toBe(1);
    const detail = await incident(a.incident_id);
    expect(detail).toMatchObject({ report_count: 3, corroboration: 2, affiliations: [f.parties.ua, 'independent'], status: 'reported', first_observed_at: '2025-03-13T09:30:00.000Z' });
    expect(detail.reports).toHaveLength(3);
    expect(detail.log_indexes.length).toBe(3);
  });

  it('makes two incidents of two events 10 km apart, and of the same place three hours apart', async () => {
    const a = await submit(shelling(f.sources.mission, { point: { latitude: 47.5, longitude: 35.0 } }));
    const far = await submit(shelling(f.sources.mission, { point: { latitude: 47.5 + 10 / 111.2, longitude: 35.0 } }));
    const later = await submit(shelling(f.sources.mission, { point: { latitude: 47.5, longitude: 35.0 }, observed_at: { start: '2025-03-13T07:00:00Z' } }));
    expect(far.incident_id).not.toBe(a.incident_id);
    expect(later.incident_id).not.toBe(a.incident_id);
    const troops = await submit(shelling(f.sources.mission, { kind: 'troop_movement', point: { latitude: 47.5, longitude: 35.0 } }));
    expect(troops.incident_id).not.toBe(a.incident_id);
  });

  it('merges and splits incidents, logging every move', async () => {
    const a = await submit(shelling(f.sources.mission, { point: { latitude: 46.0, longitude: 33.0 } }));
    const b = await submit(shelling(f.sources.uaOfficial, { point: { latitude: 46.2, longitude: 33.0 } }));
    expect(b.incident_id).not.toBe(a.incident_id);
    expect((await f.api.post(`/api/v1/incidents/${a.incident_id}/merge`, { incident_ids: [b.incident_id] }, f.monitor.headers)).status).toBe(403);
    const merged = await f.api.post(`/api/v1/incidents/${a.incident_id}/merge`, { incident_ids: [b.incident_id] }, f.verifier1.headers);
    expect(merged.status, JSON.stringify(merged.body)).toBe(200);
    expect(merged.body).toMatchObject({ report_count: 2, corroboration: 2 });
    expect((await incident(b.incident_id)).merged_into).toBe(a.incident_id);
    const list = await f.api.get('/api/v1/incidents?bbox=32.5,45.5,33.5,46.5', f.verifier1.headers);
    expect(list.body.items.map((i: { id: string }) => i.id)).toEqual([a.incident_id]);

    const split = await f.api.post(`/api/v1/incidents/${a.incident_id}/split`, { report_ids: [b.id] }, f.verifier1.headers);
    expect(split.status, JSON.stringify(split.body)).toBe(201);
    expect(split.body.from).toMatchObject({ report_count: 1, corroboration: 1 });
    expect(split.body.to).toMatchObject({ report_count: 1, affiliations: [f.parties.ua] });
    expect(await loggedEvents(t, b.id)).toEqual(['report.submitted', 'report.moved', 'report.moved']);
    const all = await f.api.post(`/api/v1/incidents/${a.incident_id}/split`, { report_ids: [a.id] }, f.verifier1.headers);
    expect(all.status).toBe(400);
  });

  it('verifies with two verifiers, refusing the same verifier twice and a submitter (four eyes)', async () => {
    const byVerifier = await submit(shelling(f.sources.mission, { point: { latitude: 48.0, longitude: 38.0 } }), f.verifier2.headers);
    const decision = { outcome: 'verified', rationale: 'Three craters geolocated; timing matches.', credibility: 2, checks: [{ check: 'geolocation', result: 'consistent' }, { check: 'chronolocation', result: 'consistent' }], attribution: { party_id: f.parties.ru, confidence: 'likely' } };
    const url = `/api/v1/incidents/${byVerifier.incident_id}/decisions`;
    const proposed = await f.api.post(url, decision, f.verifier1.headers);
    expect(proposed.status, JSON.stringify(proposed.body)).toBe(201);
    expect(proposed.body).toMatchObject({ status: 'pending', approvals: [{ verifier: f.verifier1.actorId }] });
    expect((await incident(byVerifier.incident_id)).status).toBe('under_review');

    const twice = await f.api.post(`${url}/${proposed.body.id}/approvals`, undefined, f.verifier1.headers);
    expect(twice.status).toBe(409);
    expect(twice.body.message).toContain('already approved');
    const submitter = await f.api.post(`${url}/${proposed.body.id}/approvals`, undefined, f.verifier2.headers);
    expect(submitter.status).toBe(409);
    expect(submitter.body.message).toContain('submitted a report');
    expect((await incident(byVerifier.incident_id)).status).toBe('under_review');

    const other = await submit(shelling(f.sources.mission, { point: { latitude: 45.0, longitude: 39.0 } }));
    const p2 = await f.api.post(`/api/v1/incidents/${other.incident_id}/decisions`, decision, f.verifier1.headers);
    const approved = await f.api.post(`/api/v1/incidents/${other.incident_id}/decisions/${p2.body.id}/approvals`, undefined, f.verifier2.headers);
    expect(approved.status, JSON.stringify(approved.body)).toBe(201);
    expect(approved.body.status).toBe('adopted');
    expect(await incident(other.incident_id)).toMatchObject({ status: 'verified', published: true, attributed_party_id: f.parties.ru, attribution_confidence: 'likely' });
    expect(await loggedEvents(t, other.incident_id)).toEqual(['incident.created', 'incident.under_review', 'incident.verified']);
  });

  it('shows the public only published incidents, without submitter or witness, and sensitive points rounded', async () => {
    const r = await submit(shelling(f.sources.mission, { point: { latitude: 51.23456, longitude: 35.34567 }, location_sensitive: true, witness: { name: 'W' } }));
    expect((await publicGet(`/api/v1/incidents/${r.incident_id}`)).statusCode).toBe(404);
    const d = { outcome: 'verified', rationale: 'ok', credibility: 2, checks: [], attribution: { party_id: null, confidence: 'possible' } };
    const p = await f.api.post(`/api/v1/incidents/${r.incident_id}/decisions`, d, f.verifier1.headers);
    await f.api.post(`/api/v1/incidents/${r.incident_id}/decisions/${p.body.id}/approvals`, undefined, f.verifier2.headers);
    const seen = (await publicGet(`/api/v1/incidents/${r.incident_id}`)).json();
    expect(seen).toMatchObject({ status: 'verified', point: { latitude: 51.2, longitude: 35.3 }, location_rounded: true });
    expect(seen.reports[0]).toMatchObject({ point: { latitude: 51.2, longitude: 35.3 }, place: null, location_rounded: true });
    // Fields the public may not see are not there at all, and every field that is opens against the log.
    for (const field of ['submitted_by', 'witness', 'observer']) expect(seen.reports[0]).not.toHaveProperty(field);
    await expectDisclosed(t, seen);
    expect((await incident(r.incident_id)).point).toEqual({ latitude: 51.23456, longitude: 35.34567 });
    const list = (await publicGet('/api/v1/incidents?limit=500')).json();
    expect(list.items.every((i: { published: boolean }) => i.published)).toBe(true);
  });

  it('filters by kind, status, party and time, and pages with a cursor', async () => {
    for (let i = 0; i < 5; i++) await submit(shelling(f.sources.mission, { kind: 'drone_strike', point: { latitude: 44 + i, longitude: 30 } }));
    const first = await f.api.get('/api/v1/incidents?kind=drone_strike&limit=2', f.verifier1.headers);
    expect(first.body.items).toHaveLength(2);
    const second = await f.api.get(`/api/v1/incidents?kind=drone_strike&limit=2&cursor=${first.body.next_cursor}`, f.verifier1.headers);
    const third = await f.api.get(`/api/v1/incidents?kind=drone_strike&limit=2&cursor=${second.body.next_cursor}`, f.verifier1.headers);
    const ids = [...first.body.items, ...second.body.items, ...third.body.items].map((i: { id: string }) => i.id);
    expect(new Set(ids).size).toBe(5);
    expect(third.body.next_cursor).toBeNull();
    const verifiedRu = await f.api.get(`/api/v1/incidents?status=verified&party=${f.parties.ru}`, f.verifier1.headers);
    expect(verifiedRu.body.items, JSON.stringify(verifiedRu.body)).toHaveLength(1);
    expect((await f.api.get('/api/v1/incidents?from=2025-03-14T00:00:00Z', f.verifier1.headers)).body.items).toHaveLength(0);
    expect((await f.api.get('/api/v1/incidents?bbox=1,2,3', f.verifier1.headers)).body.details[0].path).toBe('query.bbox');
  });
});
