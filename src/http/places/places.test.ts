import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../domain/actor.js';
import { loadGazetteer } from '../../services/places/load-gazetteer.js';
import { apiClient } from '../../../test/support/api-client.js';
import { startTestTruce, type TestTruce } from '../../../test/support/start-test-truce.js';
import { testDatabases, type TestDatabase } from '../../../test/support/test-databases.js';

const SUDZHA = 486816;
/** GeoNames writes it "Kupjansk"; the usual spellings are "Kupiansk" (Ukrainian) and "Kupyansk" (Russian). */
const KUPJANSK = 703656;

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

  it.each(['Kupiansk', 'Kupjansk', 'Kupyansk', "Kup'yans'k", 'Куп’янськ', "Куп'янськ", 'Купянск', 'КУПЯНСК', 'kupians'])('finds Kupjansk first for %j, in another spelling or in Cyrillic', async (q) => {
    const res = await api.get(`/api/v1/places?q=${encodeURIComponent(q)}`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.items[0]).toMatchObject({ geonames_id: KUPJANSK, name: 'Kupjansk', country: 'UA' });
  });

  it.each(['Харків', 'Харьков', 'Kharkov'])('finds Kharkiv first for %j, where Ukrainian and Russian differ in a vowel', async (q) => {
    const res = await api.get(`/api/v1/places?q=${encodeURIComponent(q)}&country=UA`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.items[0]).toMatchObject({ geonames_id: 706483, name: 'Kharkiv' });
  });

  it('lists the names that start with q before the other spellings, each largest first, and each place once', async () => {
    const exact = (await api.get('/api/v1/places?q=kupi&limit=100')).body.items as { geonames_id: number; name: string; population: number }[];
    const firstOther = exact.findIndex((p) => !p.name.toLowerCase().startsWith('kupi'));
    expect(firstOther).toBeGreaterThan(0);
    expect(exact.slice(firstOther).every((p) => !p.name.toLowerCase().startsWith('kupi'))).toBe(true);
    for (const part of [exact.slice(0, firstOther), exact.slice(firstOther)]) {
      expect(part.map((p) => p.population)).toEqual(part.map((p) => p.population).sort((a, b) => b - a));
    }
    expect(new Set(exact.map((p) => p.geonames_id)).size).toBe(exact.length);
    expect(exact.slice(firstOther).map((p) => p.geonames_id)).toContain(KUPJANSK);
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

  it.each(['zzzqqqxx', "'’-", 'ьъ'])('answers an empty list for %j, a name that is not there', async (q) => {
    const res = await api.get(`/api/v1/places?q=${encodeURIComponent(q)}`);
    expect(res).toMatchObject({ status: 200, body: { items: [] } });
  });

  it.each([
    ['no q', '', 'query.q'],
    ['an empty q', 'q=', 'query.q'],
    ['a blank q', 'q=%20%20', 'query.q'],
    ['a q too long', `q=${'a'.repeat(101)}`, 'query.q'],
    ['a Cyrillic q too long', `q=${encodeURIComponent('я'.repeat(101))}`, 'query.q'],
    ['a control character in a Cyrillic q', `q=${encodeURIComponent('Куп\u0001')}`, 'query.q'],
    ['a control character in q', 'q=sud%01', 'query.q'],
    ['a noncharacter in q', 'q=sud%EF%BF%BF', 'query.q'],
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
