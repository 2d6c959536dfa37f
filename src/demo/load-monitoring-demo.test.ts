import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiClient } from '../../test/support/api-client.js';
import { startTestTruce, type TestTruce } from '../../test/support/start-test-truce.js';
import { testDatabases, type TestDatabase } from '../../test/support/test-databases.js';
import { loginAs } from '../../test/support/login-as.js';
import { loadDemo } from './load-demo.js';
import { DEMO_REPORTS } from './load-monitoring-demo.js';

describe.each(testDatabases())('the synthetic monitoring demo on $name', (factory) => {
  let database: TestDatabase;
  let t: TestTruce;

  beforeAll(async () => {
    database = await factory.create();
    t = await startTestTruce(database);
  });

  afterAll(async () => {
    await t?.close();
    await database?.dispose();
  });

  const count = async (table: 'reports' | 'incidents' | 'log_entries') => Number((await t.truce.database.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

  it('loads a few hundred synthetic reports once, with some incidents verified by two demo verifiers', async () => {
    expect(await loadDemo(t.truce.runner)).toContain('loaded the synthetic monitoring reports');
    expect(await count('reports')).toBe(DEMO_REPORTS);
    const log = await count('log_entries');
    expect(await loadDemo(t.truce.runner)).toContain('the synthetic monitoring reports are already loaded');
    expect(await count('log_entries')).toBe(log);
    const verifiers = await t.truce.database.db.selectFrom('users').select('id').where('name', 'in', ['demo-verifier-1', 'demo-verifier-2']).execute();
    const decisions = await t.truce.database.db
      .selectFrom('log_entries')
      .innerJoin('log_openings', 'log_openings.idx', 'log_entries.idx')
      .select(['log_entries.record_id', 'log_entries.entry', 'log_openings.actor'])
      .where('log_entries.type', '=', 'decision.changed')
      .execute();
    // The two demo verifiers made every decision; the public log names each by a pseudonym per decision, two per decision.
    expect(new Set(decisions.map((d) => d.actor))).toEqual(new Set(verifiers.map((v) => `user:${v.id}`)));
    const pseudonyms = new Map<string, Set<string>>();
    for (const d of decisions) pseudonyms.set(d.record_id, (pseudonyms.get(d.record_id) ?? new Set()).add(JSON.parse(d.entry).actor));
    expect([...pseudonyms.values()].every((p) => p.size === 2)).toBe(true);
    expect(new Set([...pseudonyms.values()].flatMap((p) => [...p])).size).toBe(2 * pseudonyms.size);
    const verified = await t.truce.database.db.selectFrom('incidents').select('id').where('status', '=', 'verified').execute();
    expect(verified.length).toBeGreaterThan(0);
  });

  it('flags every report and incident synthetic in every answer, public ones included', async () => {
    const verifier = await loginAs(t, 'verifier');
    const staff = (await apiClient(t.app).get('/api/v1/incidents?limit=500', verifier.headers)).body.items;
    expect(staff.length).toBeGreaterThan(50);
    expect(staff.every((i: { synthetic: boolean }) => i.synthetic)).toBe(true);
    const lats = staff.map((i: { point: { latitude: number } }) => i.point.latitude);
    expect(Math.min(...lats)).toBeGreaterThan(46);
    expect(Math.max(...lats)).toBeLessThan(51.7);
    const published = await t.app.inject({ method: 'GET', url: '/api/v1/incidents' });
    const items = published.json().items;
    expect(items.length).toBeGreaterThan(0);
    const detail = await t.app.inject({ method: 'GET', url: `/api/v1/incidents/${items[0].id}` });
    expect(detail.json().synthetic).toBe(true);
    expect(detail.json().reports.every((r: { synthetic: boolean }) => r.synthetic && !('submitted_by' in r))).toBe(true);
  });
});
