import { loggedEvents } from '../../../test/support/logged-events.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { monitoringFixtures, shelling, type MonitoringFixtures } from '../../../test/support/monitoring-fixtures.js';
import { startTestTruce, type TestTruce } from '../../../test/support/start-test-truce.js';
import { testDatabases, type TestDatabase } from '../../../test/support/test-databases.js';

describe.each(testDatabases())('disputes API on $name', (factory) => {
  let database: TestDatabase;
  let t: TestTruce;
  let f: MonitoringFixtures;
  let latitude = 50;

  beforeAll(async () => {
    database = await factory.create();
    t = await startTestTruce(database);
    f = await monitoringFixtures(t);
  });

  afterAll(async () => {
    await t?.close();
    await database?.dispose();
  });

  /** A verified incident attributed to Russia. */
  async function verifiedIncident(): Promise<string> {
    latitude += 0.5;
    const report = await f.api.post('/api/v1/reports', shelling(f.sources.mission, { point: { latitude, longitude: 36 } }), f.monitor.headers);
    const id = report.body.incident_id;
    const decision = await f.api.post(`/api/v1/incidents/${id}/decisions`, { outcome: 'verified', rationale: 'Craters point east.', credibility: 2, checks: [{ check: 'technical_analysis', result: 'consistent' }], attribution: { party_id: f.parties.ru, confidence: 'likely' } }, f.verifier1.headers);
    const approval = await f.api.post(`/api/v1/incidents/${id}/decisions/${decision.body.id}/approvals`, undefined, f.verifier2.headers);
    expect(approval.body.status).toBe('adopted');
    return id;
  }

  const status = async (id: string) => (await f.api.get(`/api/v1/incidents/${id}`, f.mediator.headers)).body.status;

  it('lets only the attributed party’s liaison dispute a verified incident, then a mediator uphold the finding', async () => {
    const id = await verifiedIncident();
    const body = { incident_id: id, statement: 'Our units were not in range.', evidence: [{ url: 'https://example.org/range-map', description: 'Range map' }] };
    expect((await f.api.post('/api/v1/disputes', body, f.liaisonUa.headers)).status).toBe(403);
    expect((await f.api.post('/api/v1/disputes', body, f.monitor.headers)).status).toBe(403);
    const filed = await f.api.post('/api/v1/disputes', body, f.liaisonRu.headers);
    expect(filed.status, JSON.stringify(filed.body)).toBe(201);
    expect(filed.body).toMatchObject({ status: 'disputed', party_id: f.parties.ru, filed_by: f.liaisonRu.actorId });
    expect(await status(id)).toBe('disputed');
    expect((await f.api.post('/api/v1/disputes', body, f.liaisonRu.headers)).status).toBe(409);

    // The finding stays published while disputed: the other party sees that it is disputed, and when, never the statement.
    const seen = await f.api.get(`/api/v1/disputes/${filed.body.id}`, f.liaisonUa.headers);
    expect(seen.status).toBe(200);
    expect(seen.body).toMatchObject({ status: 'disputed', created_at: filed.body.created_at });
    expect(seen.body).not.toHaveProperty('statement');
    expect((await f.api.get('/api/v1/disputes', f.liaisonRu.headers)).body.items).toHaveLength(1);

    expect((await f.api.post(`/api/v1/disputes/${filed.body.id}/ruling`, { ruling: 'upheld', rationale: 'x' }, f.verifier1.headers)).status).toBe(403);
    const ruled = await f.api.post(`/api/v1/disputes/${filed.body.id}/ruling`, { ruling: 'upheld', rationale: 'The range map shows 40 km of reach.' }, f.mediator.headers);
    expect(ruled.status, JSON.stringify(ruled.body)).toBe(201);
    expect(ruled.body).toMatchObject({ status: 'upheld', ruled_by: f.mediator.actorId });
    expect(await status(id)).toBe('upheld');
    const again = await f.api.post(`/api/v1/disputes/${filed.body.id}/ruling`, { ruling: 'overturned', rationale: 'no' }, f.mediator.headers);
    expect(again.status).toBe(409);
  });

  it('overturns a finding, and refuses to dispute an incident that is not verified', async () => {
    const id = await verifiedIncident();
    const filed = await f.api.post('/api/v1/disputes', { incident_id: id, statement: 'Fabricated.' }, f.liaisonRu.headers);
    const ruled = await f.api.post(`/api/v1/disputes/${filed.body.id}/ruling`, { ruling: 'overturned', rationale: 'The imagery predates the ceasefire.' }, f.mediator.headers);
    expect(ruled.body.status).toBe('overturned');
    expect(await status(id)).toBe('overturned');
    expect(await loggedEvents(t, id)).toEqual(['incident.created', 'incident.under_review', 'incident.verified', 'incident.disputed', 'incident.overturned']);

    const open = await f.api.post('/api/v1/reports', shelling(f.sources.mission, { point: { latitude: 40, longitude: 30 } }), f.monitor.headers);
    const refused = await f.api.post('/api/v1/disputes', { incident_id: open.body.incident_id, statement: 'No.' }, f.liaisonRu.headers);
    expect(refused.status).toBe(403);
  });
});
