import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectDisclosed } from '../../../test/support/expect-disclosed.js';
import { SYSTEM_ACTOR } from '../../domain/actor.js';
import { loadGazetteer } from '../../services/places/load-gazetteer.js';
import { monitoringFixtures, shelling, type MonitoringFixtures } from '../../../test/support/monitoring-fixtures.js';
import { startTestTruce, type TestTruce } from '../../../test/support/start-test-truce.js';
import { testDatabases, type TestDatabase } from '../../../test/support/test-databases.js';

describe.each(testDatabases())('reports API on $name', (factory) => {
  let database: TestDatabase;
  let t: TestTruce;
  let f: MonitoringFixtures;

  beforeAll(async () => {
    database = await factory.create();
    t = await startTestTruce(database);
    // The gazetteer takes seconds to load, so only this suite, which resolves place names, loads it.
    await t.truce.runner.write(SYSTEM_ACTOR, loadGazetteer, undefined);
    f = await monitoringFixtures(t);
  }, 120_000);

  afterAll(async () => {
    await t?.close();
    await database?.dispose();
  });

  const counts = async () => {
    const n = async (table: 'reports' | 'incidents' | 'log_entries') => Number((await t.truce.database.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    return { reports: await n('reports'), incidents: await n('incidents'), log: await n('log_entries') };
  };

  it('records a report with every field, its nearest place, the submitter, and a log entry', async () => {
    const res = await f.api.post(
      '/api/v1/reports',
      shelling(f.sources.mission, {
        observed_at: { start: '2025-03-13T09:00:00Z', end: '2025-03-13T09:20:00+00:00' },
        time_precision: 'exact',
        geo_precision: 'near',
        observer: { latitude: 49.7, longitude: 37.6, bearing_deg: 80, distance_m: 3000 },
        casualties: { civilian_killed: 0, civilian_injured: 2 },
        reliability: 'A',
        credibility: 2,
        witness: { name: 'A. Witness', contact: '+380 00 000 0000' },
      }),
      f.monitor.headers,
    );
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({
      kind: 'shelling',
      family: 'attack',
      observed_at: { start: '2025-03-13T09:00:00.000Z', end: '2025-03-13T09:20:00.000Z' },
      place: { name: 'Kupjansk', geonames_id: 703656 },
      reliability: 'A',
      credibility: 2,
      casualties: { civilian_injured: 2, military_killed: null },
      submitted_by: f.monitor.actorId,
      witness: { name: 'A. Witness' },
      synthetic: false,
    });
    await expectDisclosed(t, res.body);
    const entry = await t.truce.database.db.selectFrom('log_entries').select('entry').where('idx', '=', res.body.log_index).executeTakeFirstOrThrow();
    const logged = JSON.parse(entry.entry);
    // An unpublished report is, in the public log, only the fact that a report changed, by someone pseudonymous.
    expect(logged).toMatchObject({ type: 'report.changed', data: { clear: {} } });
    expect(logged.actor).toMatch(/^p:[0-9a-f]{32}$/);
    expect(entry.entry).not.toContain(f.monitor.actorId);
    expect(entry.entry).not.toContain('A. Witness');
    expect(Object.keys(logged.data.sealed).sort()).toEqual(['change', 'incident', 'location', 'observer', 'rounded_location', 'submitter', 'summary', 'witness']);
  });

  it('resolves a place name without case or accents, and lists the candidates of an ambiguous one', async () => {
    const byName = await f.api.post('/api/v1/reports', shelling(f.sources.mission, { point: null, place: { name: ' SÚDZHA ' } }), f.monitor.headers);
    expect(byName.status, JSON.stringify(byName.body)).toBe(201);
    expect(byName.body.place.geonames_id).toBe(486816);
    expect(byName.body.point.latitude).toBeCloseTo(51.19, 1);

    const before = await counts();
    const ambiguous = await f.api.post('/api/v1/reports', shelling(f.sources.mission, { point: null, place: { name: 'Alexandria' } }), f.monitor.headers);
    expect(ambiguous.status).toBe(400);
    expect(ambiguous.body.details.length).toBeGreaterThan(1);
    expect(ambiguous.body.details[0].path).toBe('place.name');
    expect(ambiguous.body.details.map((d: { message: string }) => d.message).join()).toContain('geonames_id');
    expect(await counts()).toEqual(before);

    const narrowed = await f.api.post('/api/v1/reports', shelling(f.sources.mission, { point: null, place: { name: 'Alexandria', country: 'EG' } }), f.monitor.headers);
    expect(narrowed.status, JSON.stringify(narrowed.body)).toBe(201);
  });

  it.each([
    ['point.latitude', { point: { latitude: 91, longitude: 37 } }],
    ['point.longitude', { point: { latitude: 49, longitude: -181 } }],
    ['point.latitude', { point: { latitude: '49.7', longitude: 37 } }],
    ['observed_at.start', { observed_at: { start: '2025-03-13T12:06:00Z' } }],
    ['observed_at.start', { observed_at: { start: '1899-12-31T23:59:59Z' } }],
    ['observed_at.end', { observed_at: { start: '2025-03-13T10:00:00Z', end: '2025-03-13T09:59:00Z' } }],
    ['source_id', { source_id: 'no-such-source' }],
    ['agreement_id', { agreement_id: 'no-such-agreement' }],
    ['count', { count: -1 }],
    ['casualties.civilian_killed', { casualties: { civilian_killed: -2 } }],
    ['reliability', { reliability: 'G' }],
    ['credibility', { credibility: 7 }],
    ['credibility', { credibility: 0 }],
    ['kind', { kind: 'alien_landing' }],
    ['place.name', { point: null, place: { name: 'Nowhere-on-earth-xyz' } }],
    ['point', { point: null }],
  ])('refuses %s with 400 and stores nothing', async (path, change) => {
    const before = await counts();
    const res = await f.api.post('/api/v1/reports', shelling(f.sources.mission, change), f.monitor.headers);
    expect(res.status, JSON.stringify(res.body)).toBe(400);
    expect(res.body.details.map((d: { path: string }) => d.path)).toContain(path);
    expect(await counts()).toEqual(before);
  });

  it('takes a bulk batch all or nothing, naming the bad item', async () => {
    const good = Array.from({ length: 50 }, (_, i) => shelling(f.sources.osint, { point: { latitude: 48 + i * 0.2, longitude: 36 } }));
    const before = await counts();
    const bad = await f.api.post('/api/v1/reports/bulk', { reports: [...good, shelling(f.sources.osint, { count: -3 })] }, f.monitor.headers);
    expect(bad.status).toBe(400);
    expect(bad.body.details[0].path).toBe('reports.50.count');
    const unknownSource = await f.api.post('/api/v1/reports/bulk', { reports: [...good, shelling('nope')] }, f.monitor.headers);
    expect(unknownSource.body.details[0].path).toBe('reports.50.source_id');
    expect(await counts()).toEqual(before);

    const ok = await f.api.post('/api/v1/reports/bulk', { reports: good }, f.monitor.headers);
    expect(ok.status, JSON.stringify(ok.body)).toBe(201);
    expect(ok.body.count).toBe(50);
    const after = await counts();
    expect(after.reports - before.reports).toBe(50);
    expect(after.incidents - before.incidents).toBe(50);
    expect(after.log - before.log).toBe(100);
  });

  it('lets a liaison file allegations only on the party_allegation channel, for its own party', async () => {
    const wrong = await f.api.post('/api/v1/reports', shelling(f.sources.uaOfficial), f.liaisonUa.headers);
    expect(wrong.status).toBe(400);
    expect(wrong.body.details[0].path).toBe('channel');
    const ok = await f.api.post('/api/v1/reports', shelling(f.sources.uaOfficial, { channel: 'party_allegation' }), f.liaisonUa.headers);
    expect(ok.status, JSON.stringify(ok.body)).toBe(201);
    expect(ok.body.filed_by_party_id).toBe(f.parties.ua);
    // The other party's liaison and the public see nothing of an unpublished allegation.
    expect((await f.api.get(`/api/v1/reports/${ok.body.id}`, f.liaisonRu.headers)).status).toBe(404);
    expect((await f.api.get(`/api/v1/reports/${ok.body.id}`, f.liaisonUa.headers)).status).toBe(200);
    const forbidden = await f.api.post('/api/v1/reports/bulk', { reports: [shelling(f.sources.uaOfficial, { channel: 'party_allegation' })] }, f.liaisonUa.headers);
    expect(forbidden.status).toBe(403);
  });

  it('answers 401 to an anonymous writer', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/reports', payload: shelling(f.sources.mission), remoteAddress: '203.0.113.9' });
    expect(res.statusCode).toBe(401);
  });
});
