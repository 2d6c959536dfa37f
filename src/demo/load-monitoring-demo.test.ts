import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiClient } from '../../test/support/api-client.js';
import { startTestTruce, type TestTruce } from '../../test/support/start-test-truce.js';
import { testDatabases, type TestDatabase } from '../../test/support/test-databases.js';
import { loadDemoScenario } from './load-demo-scenario.js';
import { DEMO_REPORTS, loadMonitoringDemo } from './load-monitoring-demo.js';

describe.each(testDatabases())('the synthetic monitoring demo on $name', (factory) => {
  let database: TestDatabase;
  let t: TestTruce;

  beforeAll(async () => {
    database = await factory.create();
    t = await startTestTruce(database);
    await loadDemoScenario(t.truce.runner);
  });

  afterAll(async () => {
    await t?.close();
    await database?.dispose();
  });

  const count = async (table: 'reports' | 'incidents' | 'log_entries') => Number((await t.truce.database.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

  it('loads a few hundred synthetic reports once, with some incidents verified by two verifiers', async () => {
    expect(await loadMonitoringDemo(t.truce.runner)).toEqual({ loaded: true });
    expect(await count('reports')).toBe(DEMO_REPORTS);
    const log = await count('log_entries');
    expect(await loadMonitoringDemo(t.truce.runner)).toEqual({ loaded: false });
    expect(await count('log_entries')).toBe(log);
    const verified = await t.truce.database.db.selectFrom('incidents').select('id').where('status', '=', 'verified').execute();
    expect(verified.length).toBeGreaterThan(0);
  });

  it('flags every report and incident synthetic in every answer, public ones included', async () => {
    const api = apiClient(t.app);
    const staff = (await api.get('/api/v1/incidents?limit=500')).body.items;
    expect(staff.length).toBeGreaterThan(50);
    expect(staff.every((i: { synthetic: boolean }) => i.synthetic)).toBe(true);
    const lats = staff.map((i: { point: { latitude: number } }) => i.point.latitude);
    expect(Math.min(...lats)).toBeGreaterThan(46);
    expect(Math.max(...lats)).toBeLessThan(51.7);
    const published = await t.app.inject({ method: 'GET', url: '/api/v1/incidents', remoteAddress: '203.0.113.9' });
    const items = published.json().items;
    expect(items.length).toBeGreaterThan(0);
    const detail = await t.app.inject({ method: 'GET', url: `/api/v1/incidents/${items[0].id}`, remoteAddress: '203.0.113.9' });
    expect(detail.json().synthetic).toBe(true);
    expect(detail.json().reports.every((r: { synthetic: boolean; submitted_by: string | null }) => r.synthetic && r.submitted_by === null)).toBe(true);
  });
});
