import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_IDS, loadDemoScenario } from '../../demo/load-demo-scenario.js';
import { apiClient } from '../../../test/support/api-client.js';
import { loginAs, type TestAccount } from '../../../test/support/login-as.js';
import { startTestTruce, type TestTruce } from '../../../test/support/start-test-truce.js';
import { testDatabases, type TestDatabase } from '../../../test/support/test-databases.js';

const SUDZHA = { place_name: 'Sudzha', geonames_id: 486816, latitude: 51.1976, longitude: 35.2726, basis: 'assessed', source: 'Monitoring mission' };
const AGREEMENT = `/api/v1/agreements/${DEMO_IDS.agreement}`;

/** Entry into force recorded after the fact, and an agreement that collapsed. */
describe.each(testDatabases())('territorial change at the edges of the window on $name', (factory) => {
  let database: TestDatabase;
  let t: TestTruce;
  let api: ReturnType<typeof apiClient>;
  let mediator: TestAccount;
  let verifier: TestAccount;

  const territorialChanges = async () =>
    (await api.get(`/api/v1/incidents?kind=territorial_change&agreement=${DEMO_IDS.agreement}`, verifier.headers)).body.items as { id: string }[];

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

  it('measures assessments recorded before a late entry into force against the baseline it takes', async () => {
    t.clock.set('2025-03-16T12:00:00Z');
    expect((await api.post('/api/v1/control-claims', { ...SUDZHA, status: 'controlled_by', controlled_by: DEMO_IDS.russia, as_of: '2025-03-13T18:00:00Z' }, verifier.headers)).status).toBe(201);
    const during = await api.post('/api/v1/control-claims', { ...SUDZHA, status: 'contested', as_of: '2025-03-15T09:00:00Z' }, verifier.headers);
    expect(during.status).toBe(201);
    expect(await territorialChanges()).toEqual([]);

    const { body: agreement } = await api.get(AGREEMENT);
    for (const position of agreement.positions) {
      for (const c of position.conditions) await api.post(`${AGREEMENT}/positions/${position.id}/conditions/${c.id}`, { status: 'waived' }, mediator.headers);
    }
    const inForce = await api.post(`${AGREEMENT}/transitions`, { to: 'in_force', effective_at: '2025-03-14T00:00:00Z' }, mediator.headers);
    expect(inForce.status, JSON.stringify(inForce.body)).toBe(201);

    const opened = await territorialChanges();
    expect(opened).toHaveLength(1);
    const { body } = await api.get(`/api/v1/incidents/${opened[0]!.id}`, verifier.headers);
    expect(body.territorial_change).toMatchObject({
      claim_id: during.body.id,
      from: { status: 'controlled_by', controlled_by: DEMO_IDS.russia },
      to: { status: 'contested', controlled_by: null },
    });
  });

  it('opens nothing once the agreement has collapsed', async () => {
    const collapsed = await api.post(`${AGREEMENT}/transitions`, { to: 'collapsed', reason: 'Hostilities resumed along the line of contact.' }, mediator.headers);
    expect(collapsed.status, JSON.stringify(collapsed.body)).toBe(201);
    t.clock.set('2025-03-17T12:00:00Z');
    const res = await api.post('/api/v1/control-claims', { ...SUDZHA, status: 'controlled_by', controlled_by: DEMO_IDS.ukraine, as_of: '2025-03-17T09:00:00Z' }, verifier.headers);
    expect(res.status).toBe(201);
    expect(await territorialChanges()).toHaveLength(1);
  });
});
