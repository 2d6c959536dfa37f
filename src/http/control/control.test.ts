import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_IDS, loadDemoScenario } from '../../demo/load-demo-scenario.js';
import { apiClient } from '../../../test/support/api-client.js';
import { loginAs, type TestAccount } from '../../../test/support/login-as.js';
import { recordCounts } from '../../../test/support/record-counts.js';
import { startTestTruce, type TestTruce } from '../../../test/support/start-test-truce.js';
import { testDatabases, type TestDatabase } from '../../../test/support/test-databases.js';

const SALIENT = {
  type: 'Polygon',
  coordinates: [[[34.9, 51.1], [35.6, 51.1], [35.6, 51.45], [34.9, 51.45], [34.9, 51.1]]],
};

describe.each(testDatabases())('areas and control on $name', (factory) => {
  let database: TestDatabase;
  let t: TestTruce;
  let api: ReturnType<typeof apiClient>;
  let mediator: TestAccount;
  let verifier: TestAccount;

  beforeAll(async () => {
    database = await factory.create();
    t = await startTestTruce(database);
    api = apiClient(t.app);
    await loadDemoScenario(t.truce.runner);
    mediator = await loginAs(t, 'mediator');
    verifier = await loginAs(t, 'verifier');
  });

  afterAll(async () => {
    await t?.close();
    await database?.dispose();
  });

  it('stores a named area with its size, and lists it by bbox', async () => {
    const res = await api.post('/api/v1/areas', { name: 'Kursk salient', kind: 'front_sector', geometry: SALIENT }, verifier.headers);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.area_km2).toBeGreaterThan(1500);
    expect(res.body.bbox).toEqual([34.9, 51.1, 35.6, 51.45]);
    expect((await api.get('/api/v1/areas?bbox=35,51,36,52')).body.items).toHaveLength(1);
    expect((await api.get('/api/v1/areas?bbox=20,40,21,41')).body.items).toHaveLength(0);
    expect((await api.get('/api/v1/areas?bbox=1,2,3')).body.details[0].path).toBe('query.bbox');
  });

  it.each([
    ['an open ring', { type: 'Polygon', coordinates: [[[35, 51], [35.5, 51], [35.5, 51.5], [35, 51.5]]] }, 'geometry.coordinates.0', /not closed/],
    ['a coordinate out of range', { type: 'Polygon', coordinates: [[[35, 51], [35.5, 91], [35.5, 51.5], [35, 51]]] }, 'geometry.coordinates.0.1.1', /latitude/],
    ['a self-intersection', { type: 'Polygon', coordinates: [[[35, 51], [35.5, 51.5], [35.5, 51], [35, 51.5], [35, 51]]] }, 'geometry.coordinates.0', /intersects itself/],
    ['a point', { type: 'Point', coordinates: [35, 51] }, 'geometry.type', /Polygon or MultiPolygon/],
  ])('refuses %s with its own error, storing nothing', async (label, geometry, path, message) => {
    const before = await recordCounts(t.truce);
    const res = await api.post('/api/v1/areas', { name: `Bad ${label}`, kind: 'zone', geometry }, verifier.headers);
    expect(res.status).toBe(400);
    expect(res.body.details[0]).toMatchObject({ path, message: expect.stringMatching(message), code: expect.any(String) });
    expect(await recordCounts(t.truce)).toEqual(before);
  });

  it('keeps the claimed recapture of Sudzha a claim: control stays unknown until assessed', async () => {
    const { body } = await api.get('/api/v1/control?at=2025-03-13T12:00:00Z');
    const sudzha = body.items.find((p: { geonames_id: number }) => p.geonames_id === 486816);
    expect(sudzha).toMatchObject({ status: 'unknown', controlled_by: null, assessment: null });
    expect(sudzha.claims_since.map((c: { basis: string; source: string }) => [c.basis, c.source])).toEqual([['claimed', 'Russian Defense Ministry']]);
  });

  it('an assessment before effective_at sets the baseline taken when the agreement enters into force', async () => {
    const assessed = await api.post(
      '/api/v1/control-claims',
      { place_name: 'Sudzha', geonames_id: 486816, latitude: 51.1976, longitude: 35.2726, status: 'controlled_by', controlled_by: DEMO_IDS.russia, basis: 'assessed', source: 'Monitoring mission', as_of: '2025-03-13T10:00:00Z' },
      verifier.headers,
    );
    expect(assessed.status, JSON.stringify(assessed.body)).toBe(201);
    const url = `/api/v1/agreements/${DEMO_IDS.agreement}`;
    const { body: agreement } = await api.get(url);
    const russia = agreement.positions.find((p: { party_id: string }) => p.party_id === DEMO_IDS.russia);
    for (const c of russia.conditions) await api.post(`${url}/positions/${russia.id}/conditions/${c.id}`, { status: 'waived' }, mediator.headers);
    const ukraine = agreement.positions.find((p: { party_id: string }) => p.party_id === DEMO_IDS.ukraine);
    await api.post(`${url}/positions/${ukraine.id}/conditions/c1`, { status: 'met' }, mediator.headers);
    const inForce = await api.post(`${url}/transitions`, { to: 'in_force', effective_at: '2025-03-13T12:00:00Z' }, mediator.headers);
    expect(inForce.status, JSON.stringify(inForce.body)).toBe(201);

    const baseline = await t.truce.database.db.selectFrom('agreement_baselines').selectAll().where('agreement_id', '=', DEMO_IDS.agreement).executeTakeFirstOrThrow();
    const places = JSON.parse(baseline.places);
    expect(places).toEqual(expect.arrayContaining([expect.objectContaining({ geonames_id: 486816, status: 'controlled_by', controlled_by: DEMO_IDS.russia })]));
    const entry = await t.truce.database.db.selectFrom('log_entries').select('type').where('idx', '=', baseline.log_index).executeTakeFirstOrThrow();
    expect(entry.type).toBe('agreement_baseline.taken');
  });

  it('gives a place its history as a timeline', async () => {
    const { body } = await api.get('/api/v1/control/timeline?geonames_id=486816');
    expect(body.items.map((c: { basis: string }) => c.basis)).toEqual(['claimed', 'assessed']);
    expect((await api.get('/api/v1/control/timeline')).status).toBe(400);
  });

  it('names bad times', async () => {
    const res = await api.get('/api/v1/control?at=yesterday');
    expect(res.status).toBe(400);
    expect(res.body.details[0].path).toBe('query.at');
  });
});
