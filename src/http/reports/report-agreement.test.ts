import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_IDS, loadDemoScenario } from '../../demo/load-demo-scenario.js';
import { apiClient } from '../../../test/support/api-client.js';
import { loginAs, type TestAccount } from '../../../test/support/login-as.js';
import { shelling } from '../../../test/support/monitoring-fixtures.js';
import { startTestTruce, type TestTruce } from '../../../test/support/start-test-truce.js';
import { testDatabases, type TestDatabase } from '../../../test/support/test-databases.js';

const AGREEMENT = `/api/v1/agreements/${DEMO_IDS.agreement}`;
/** The demo agreement was proposed on 11 March 2025 for 30 days: its window is 11 March to 9 April. */
const WINDOW = 'from=2025-03-11&to=2025-04-09&group=window';

/** A report that names no agreement counts against the one whose window covers it, and reaches the figures once verified. */
describe.each(testDatabases())('the agreement a report counts against on $name', (factory) => {
  let database: TestDatabase;
  let t: TestTruce;
  let api: ReturnType<typeof apiClient>;
  let monitor: TestAccount;
  let verifier1: TestAccount;
  let verifier2: TestAccount;
  let mediator: TestAccount;
  let source: string;

  beforeAll(async () => {
    database = await factory.create();
    t = await startTestTruce(database);
    t.clock.set('2025-03-20T12:00:00Z');
    await loadDemoScenario(t.truce.runner);
    api = apiClient(t.app);
    monitor = await loginAs(t, 'monitor');
    verifier1 = await loginAs(t, 'verifier');
    verifier2 = await loginAs(t, 'verifier');
    mediator = await loginAs(t, 'mediator');
    const res = await api.post('/api/v1/sources', { name: 'Mission team 3', type: 'monitor_team', affiliation: null, default_reliability: 'B' }, monitor.headers);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    source = res.body.id;
  }, 120_000);

  afterAll(async () => {
    await t?.close();
    await database?.dispose();
  });

  const agreementOf = async (reportId: string) => {
    const report = await api.get(`/api/v1/reports/${reportId}`, verifier1.headers);
    expect(report.status, JSON.stringify(report.body)).toBe(200);
    const incident = await api.get(`/api/v1/incidents/${report.body.incident_id}`, verifier1.headers);
    expect(incident.status, JSON.stringify(incident.body)).toBe(200);
    return { report: report.body.agreement_id, incident: incident.body.agreement_id, incidentId: report.body.incident_id as string };
  };
  const window = async () => {
    const res = await api.get(`${AGREEMENT}/compliance?${WINDOW}`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body.periods[0];
  };

  it('links a report in the window, single or in bulk, and leaves one outside every window, or that says none, without', async () => {
    const single = await api.post('/api/v1/reports', shelling(source, { observed_at: { start: '2025-03-15T10:00:00Z' } }), monitor.headers);
    expect(single.status, JSON.stringify(single.body)).toBe(201);
    expect(await agreementOf(single.body.id)).toMatchObject({ report: DEMO_IDS.agreement, incident: DEMO_IDS.agreement });

    const bulk = await api.post(
      '/api/v1/reports/bulk',
      {
        reports: [
          shelling(source, { observed_at: { start: '2025-03-16T10:00:00Z' }, point: { latitude: 48.5, longitude: 37.9 } }),
          shelling(source, { observed_at: { start: '2025-02-01T10:00:00Z' }, point: { latitude: 48.6, longitude: 38.0 } }),
          shelling(source, { observed_at: { start: '2025-03-17T10:00:00Z' }, point: { latitude: 48.7, longitude: 38.1 }, agreement_id: null }),
        ],
      },
      monitor.headers,
    );
    expect(bulk.status, JSON.stringify(bulk.body)).toBe(201);
    const [inside, outside, none] = bulk.body.items as { id: string }[];
    expect(await agreementOf(inside!.id)).toMatchObject({ report: DEMO_IDS.agreement, incident: DEMO_IDS.agreement });
    expect(await agreementOf(outside!.id)).toMatchObject({ report: null, incident: null });
    expect(await agreementOf(none!.id)).toMatchObject({ report: null, incident: null });
  });

  it('counts the verified report apart while the agreement is proposed, and as a violation once it is in force from before it', async () => {
    const filed = await api.post('/api/v1/reports', shelling(source, { observed_at: { start: '2025-03-18T10:00:00Z' }, point: { latitude: 49.2, longitude: 37.3 } }), monitor.headers);
    expect(filed.status, JSON.stringify(filed.body)).toBe(201);
    const { incidentId } = await agreementOf(filed.body.id);
    const before = await window();
    const proposed = await api.post(
      `/api/v1/incidents/${incidentId}/decisions`,
      { outcome: 'verified', rationale: 'Craters geolocated.', credibility: 2, checks: [], attribution: { party_id: DEMO_IDS.russia, confidence: 'likely' } },
      verifier1.headers,
    );
    expect(proposed.status, JSON.stringify(proposed.body)).toBe(201);
    const approved = await api.post(`/api/v1/incidents/${incidentId}/decisions/${proposed.body.id}/approvals`, undefined, verifier2.headers);
    expect(approved.status, JSON.stringify(approved.body)).toBe(201);

    const whileProposed = await window();
    expect(whileProposed.incidents_not_in_force.value).toBe(before.incidents_not_in_force.value + 1);
    expect(whileProposed.violations.value).toBe(before.violations.value);
    const russia = (p: { parties: { party_id: string }[] }): any => p.parties.find((x) => x.party_id === DEMO_IDS.russia);
    expect(russia(whileProposed).incidents_not_in_force.value).toBe(russia(before).incidents_not_in_force.value + 1);

    const { body: agreement } = await api.get(AGREEMENT);
    for (const position of agreement.positions) {
      for (const c of position.conditions) await api.post(`${AGREEMENT}/positions/${position.id}/conditions/${c.id}`, { status: 'waived' }, mediator.headers);
    }
    const inForce = await api.post(`${AGREEMENT}/transitions`, { to: 'in_force', effective_at: '2025-03-14T00:00:00.000Z' }, mediator.headers);
    expect(inForce.status, JSON.stringify(inForce.body)).toBe(201);

    const afterEntry = await window();
    expect(afterEntry.violations.value).toBe(before.violations.value + 1);
    expect(russia(afterEntry).violations.value).toBe(russia(before).violations.value + 1);
    expect(afterEntry.incidents_not_in_force.value).toBe(before.incidents_not_in_force.value);
  });
});
