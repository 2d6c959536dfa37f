import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACLED_COLUMNS } from '../../domain/interop/acled-row.js';
import { csvObjects, parseCsv } from '../../../test/support/parse-csv.js';
import { INTEROP_EVENTS, interopFixture, type InteropFixture } from '../../../test/support/interop-fixture.js';
import { runCli } from '../../../test/support/run-cli.js';
import { startTestTruce, type TestTruce } from '../../../test/support/start-test-truce.js';
import { testDatabases, type TestDatabase } from '../../../test/support/test-databases.js';

const PUBLIC = { remoteAddress: '203.0.113.9' };

describe.each(testDatabases())('exports on $name', (factory) => {
  let database: TestDatabase;
  let t: TestTruce;
  let f: InteropFixture;

  beforeAll(async () => {
    database = await factory.create();
    t = await startTestTruce(database);
    f = await interopFixture(t);
  }, 60_000);

  afterAll(async () => {
    await t?.close();
    await database?.dispose();
  });

  const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ method: 'GET', url, headers, ...PUBLIC });

  it('gives the public the published incidents as ACLED CSV, each a row of what the incident answer shows it', async () => {
    const res = await get('/api/v1/incidents.csv');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(parseCsv(res.body)[0]).toEqual([...ACLED_COLUMNS]);
    const rows = csvObjects(res.body);
    expect(rows.map((r) => r.event_id_cnty).sort()).toEqual([...f.published].sort());
    for (const row of rows) {
      const shown = (await get(`/api/v1/incidents/${row.event_id_cnty}`)).json();
      expect(row).toMatchObject({
        event_date: shown.first_observed_at.slice(0, 10),
        latitude: String(shown.point.latitude),
        longitude: String(shown.point.longitude),
        truce_status: 'verified',
        truce_kind: 'shelling',
        event_type: 'Explosions/Remote violence',
        sub_event_type: 'Shelling/artillery/missile attack',
        disorder_type: 'Political violence',
        actor1: shown.attributed_party_id === f.parties.ru ? 'Russia' : 'Ukraine',
        truce_log_index: String(shown.log_index),
        // The public may not read sources: their names stay out.
        source: '',
      });
    }
    const first = rows.find((r) => r.event_id_cnty === f.incidents[0])!;
    // Two accounts of one event: the higher toll, both notes, the finest precisions.
    expect(first).toMatchObject({ fatalities: '5', time_precision: '1', geo_precision: '1', truce_report_count: '2' });
    expect(first.notes).toBe('Event 0: twelve impacts, "heavy", east of the town. | Five killed.');
    expect(rows.find((r) => r.event_id_cnty === f.incidents[2])!.geo_precision).toBe('2');
    expect(rows.find((r) => r.event_id_cnty === f.incidents[3])!.time_precision).toBe('2');
  });

  it('rounds a sensitive point for the public and says so in geo_precision, but not for the mission', async () => {
    const exact = INTEROP_EVENTS[1]!.point;
    const shown = csvObjects((await get('/api/v1/incidents.csv')).body).find((r) => r.event_id_cnty === f.sensitive)!;
    expect(Number(shown.latitude)).not.toBe(exact.latitude);
    expect(shown.geo_precision).toBe('2');
    const mission = csvObjects((await get('/api/v1/incidents.csv', f.verifier1.headers)).body).find((r) => r.event_id_cnty === f.sensitive)!;
    expect(Number(mission.latitude)).toBe(exact.latitude);
    expect(mission.geo_precision).toBe('1');
  });

  it('gives the mission every incident, with source names, and filters like the list', async () => {
    const rows = csvObjects((await get('/api/v1/incidents.csv', f.verifier1.headers)).body);
    expect(rows.map((r) => r.event_id_cnty).sort()).toEqual([...f.incidents].sort());
    expect(rows.find((r) => r.event_id_cnty === f.incidents[0])!.source).toBe('Mission team 3; OSINT desk');
    const reported = csvObjects((await get('/api/v1/incidents.csv?status=reported', f.verifier1.headers)).body);
    expect(reported.map((r) => r.event_id_cnty).sort()).toEqual(f.incidents.slice(5).sort());
  });

  it('refuses a bad filter with 400 naming it, and paging parameters it does not take', async () => {
    const bad = await get('/api/v1/incidents.csv?bbox=1,2');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().details[0].path).toBe('query.bbox');
    const paged = await get('/api/v1/incidents.csv?limit=5');
    expect(paged.statusCode).toBe(400);
    expect(paged.json().details[0].path).toBe('query.limit');
  });

  it('gives incidents as GeoJSON features with JSON-FG time, as the public sees them', async () => {
    const res = await get('/api/v1/incidents.geojson');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toContain('application/geo+json');
    const collection = res.json();
    expect(collection.type).toBe('FeatureCollection');
    expect(collection.features.map((x: { id: string }) => x.id).sort()).toEqual([...f.published].sort());
    const feature = collection.features.find((x: { id: string }) => x.id === f.incidents[0]);
    const shown = (await get(`/api/v1/incidents/${f.incidents[0]}`)).json();
    expect(feature.geometry).toEqual({ type: 'Point', coordinates: [shown.point.longitude, shown.point.latitude] });
    expect(feature.time).toEqual({ interval: [shown.first_observed_at, shown.last_observed_at] });
    expect(feature.properties).toMatchObject({ status: 'verified', log_index: shown.log_index, disclosure: shown.disclosure });
    expect(feature.properties.point).toBeUndefined();
  });

  it('gives control claims at their point or over their area, and areas as polygons', async () => {
    const claims = (await get('/api/v1/control-claims.geojson')).json();
    expect(claims.features.map((x: { id: string }) => x.id)).toEqual(f.claimIds);
    expect(claims.features[0]).toMatchObject({ geometry: { type: 'Point', coordinates: [35.2726, 51.1976] }, time: { timestamp: '2025-03-12T00:00:00.000Z' }, properties: { status: 'controlled_by', basis: 'claimed' } });
    expect(claims.features[1].geometry.type).toBe('Polygon');
    const areas = (await get('/api/v1/areas.geojson')).json();
    expect(areas.features).toHaveLength(1);
    expect(areas.features[0]).toMatchObject({ id: f.areaId, geometry: { type: 'Polygon' }, time: null, properties: { name: 'Sector North', kind: 'front_sector' } });
  });

  it.runIf(factory.name === 'sqlite')('prints the same CSV from `truce export acled` as the public gets, to standard output or a file', async () => {
    const cli = await runCli(['export', 'acled', '--db', database.dbUrl, '--data-dir', database.dataDir]);
    expect(cli.code, cli.stderr).toBe(0);
    const body = (await get('/api/v1/incidents.csv')).body;
    expect(cli.stdout).toBe(body);
    const out = join(database.dataDir, 'incidents.csv');
    const toFile = await runCli(['export', 'acled', '--db', database.dbUrl, '--data-dir', database.dataDir, '--out', out]);
    expect(toFile.code, toFile.stderr).toBe(0);
    expect(toFile.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toBe(body);
  });
});
