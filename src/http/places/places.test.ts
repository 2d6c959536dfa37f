import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../domain/actor.js';
import { loadGazetteer } from '../../services/places/load-gazetteer.js';
import { apiClient } from '../../../test/support/api-client.js';
import { startTestTruce, type TestTruce } from '../../../test/support/start-test-truce.js';
import { testDatabases, type TestDatabase } from '../../../test/support/test-databases.js';

const SUDZHA = 486816;

describe.each(testDatabases())('places search on $name', (factory) => {
  let database: TestDatabase;
  let t: TestTruce;
  let api: ReturnType<typeof apiClient>;

  beforeAll(async () => {
    database = await factory.create();
    t = await startTestTruce(database);
    await t.truce.runner.write(SYSTEM_ACTOR, loadGazetteer, undefined);
    api = apiClient(t.app);
  }, 120_000);

  afterAll(async () => {
    await t?.close();
    await database?.dispose();
  });

  it.each(['sudzha', 'SUDZHA', 'Sudž', '  sudz '])('finds Sudzha for %j, with its gazetteer fields, anonymously', async (q) => {
    const res = await api.get(`/api/v1/places?q=${encodeURIComponent(q)}`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.items).toContainEqual({
      geonames_id: SUDZHA,
      name: 'Sudzha',
      country: 'RU',
      admin_code: expect.any(String),
      latitude: expect.closeTo(51.19, 1),
      longitude: expect.closeTo(35.27, 1),
      population: expect.any(Number),
    });
  });

  it('matches by prefix only, largest population first, within the limit', async () => {
    const res = await api.get('/api/v1/places?q=kh&country=UA&limit=5');
    expect(res.status).toBe(200);
    const items: { name: string; population: number }[] = res.body.items;
    expect(items.length).toBe(5);
    expect(items.length).toBeLessThanOrEqual(5);
    expect(items[0]?.name).toBe('Kharkiv');
    for (const item of items) expect(item.name.toLowerCase().startsWith('kh')).toBe(true);
    const populations = items.map((i) => i.population);
    expect(populations).toEqual([...populations].sort((a, b) => b - a));
  });

  it('narrows by country, in either case', async () => {
    const everywhere = (await api.get('/api/v1/places?q=moscow&limit=100')).body.items as { country: string }[];
    expect(new Set(everywhere.map((p) => p.country)).size).toBeGreaterThan(1);
    const res = await api.get('/api/v1/places?q=moscow&country=us&limit=100');
    expect(res.status).toBe(200);
    expect(res.body.items.length).toBeGreaterThan(0);
    for (const place of res.body.items) expect(place.country).toBe('US');
  });

  it('answers an empty list for a name that is not there', async () => {
    const res = await api.get('/api/v1/places?q=zzzqqqxx');
    expect(res).toMatchObject({ status: 200, body: { items: [] } });
  });

  it.each([
    ['no q', '', 'query.q'],
    ['an empty q', 'q=', 'query.q'],
    ['a blank q', 'q=%20%20', 'query.q'],
    ['a q too long', `q=${'a'.repeat(101)}`, 'query.q'],
    ['a bad country', 'q=sud&country=RUS', 'query.country'],
    ['a limit too large', 'q=sud&limit=1000', 'query.limit'],
    ['a limit that is not a number', 'q=sud&limit=ten', 'query.limit'],
    ['an unknown parameter', 'q=sud&near=1', 'query.near'],
  ])('refuses %s with a 400 naming the field', async (_label, query, path) => {
    const res = await api.get(`/api/v1/places?${query}`);
    expect(res.status).toBe(400);
    expect(res.body.error).toBe('validation_error');
    expect(res.body.details.map((d: { path: string }) => d.path)).toContain(path);
  });
});
