import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiClient } from '../../test/support/api-client.js';
import { loginAs } from '../../test/support/login-as.js';
import { recordCounts } from '../../test/support/record-counts.js';
import { startTestTruce, type TestTruce } from '../../test/support/start-test-truce.js';
import { testDatabases, type TestDatabase } from '../../test/support/test-databases.js';
import { DEMO_IDS, loadDemoScenario } from './load-demo-scenario.js';

describe.each(testDatabases())('the scenario from the source document on $name', (factory) => {
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

  it('loads once; loading again changes nothing', async () => {
    expect(await loadDemoScenario(t.truce.runner)).toEqual({ loaded: true });
    const counts = await recordCounts(t.truce);
    expect(await loadDemoScenario(t.truce.runner)).toEqual({ loaded: false });
    expect(await recordCounts(t.truce)).toEqual(counts);
  });

  it('lists the 30-day ceasefire with its parties, positions, conditions and citations', async () => {
    const { body } = await apiClient(t.app).get('/api/v1/agreements');
    expect(body.items).toHaveLength(1);
    const agreement = body.items[0];
    expect(agreement).toMatchObject({ id: DEMO_IDS.agreement, title: 'US-proposed 30-day ceasefire', status: 'proposed', duration_days: 30 });
    expect(agreement.parties.map((p: { name: string }) => p.name).sort()).toEqual(['Russia', 'Ukraine', 'United States']);

    const russia = agreement.positions.find((p: { party_id: string }) => p.party_id === DEMO_IDS.russia);
    expect(russia.stance).toBe('accepted_with_conditions');
    expect(russia.conditions).toHaveLength(6);
    const texts = russia.conditions.map((c: { text: string }) => c.text).join(' | ');
    for (const words of ['root causes', 'verification', 'mobilization', 'weapons deliveries', 'Kursk', 'Sanctions relief']) expect(texts).toContain(words);
    for (const condition of russia.conditions) expect(condition.citation).toMatchObject({ source: 'The Moscow Times', published_at: '2025-03-13' });
    expect(russia.citation.quote).toContain('long-term peace');

    const ukraine = agreement.positions.find((p: { party_id: string }) => p.party_id === DEMO_IDS.ukraine);
    expect(ukraine.stance).toBe('accepted_with_conditions');
    expect(ukraine.conditions[0].text).toContain('concurrent implementation by the Russian Federation');

    const us = agreement.positions.find((p: { party_id: string }) => p.party_id === DEMO_IDS.unitedStates);
    expect(us.citation.quote).toContain('no preconditions');
    expect(agreement.position_history.filter((p: { party_id: string }) => p.party_id === DEMO_IDS.unitedStates)).toHaveLength(2);

    expect(agreement.terms.map((term: { category: string }) => term.category)).toEqual(
      expect.arrayContaining(['cessation_of_hostilities', 'no_mobilization', 'no_rearmament', 'monitor_access']),
    );
  });

  it('records Sudzha as claimed by Russia, not assessed', async () => {
    const { body } = await apiClient(t.app).get('/api/v1/control-claims?geonames_id=486816');
    expect(body.items).toHaveLength(1);
    expect(body.items[0]).toMatchObject({
      place_name: 'Sudzha',
      latitude: 51.1976,
      longitude: 35.2726,
      status: 'controlled_by',
      controlled_by: DEMO_IDS.russia,
      basis: 'claimed',
      source: 'Russian Defense Ministry',
    });
    expect(body.items[0].citation.quote).toContain('regained control over the town of Sudzha');
  });

  it('cannot enter into force while Russia’s conditions are open', async () => {
    const mediator = await loginAs(t, 'mediator');
    const res = await apiClient(t.app, mediator.headers).post(`/api/v1/agreements/${DEMO_IDS.agreement}/transitions`, { to: 'in_force' });
    expect(res.status).toBe(409);
    expect(res.body.message).toContain(DEMO_IDS.russia);
  });
});
