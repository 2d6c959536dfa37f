import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountToken } from '../../../test/support/account-token.js';
import { interopFixture, type InteropFixture } from '../../../test/support/interop-fixture.js';
import { startTestTruce, type TestTruce } from '../../../test/support/start-test-truce.js';
import { testDatabases, type TestDatabase } from '../../../test/support/test-databases.js';

const PUBLIC = { remoteAddress: '203.0.113.9' };

describe.each(testDatabases())('OGC API – Features on $name', (factory) => {
  let database: TestDatabase;
  let t: TestTruce;
  let f: InteropFixture;
  let bearer: Record<string, string>;

  beforeAll(async () => {
    database = await factory.create();
    t = await startTestTruce(database);
    f = await interopFixture(t);
    bearer = { authorization: (await accountToken(t.truce, 'verifier')).authorization };
  }, 60_000);

  afterAll(async () => {
    await t?.close();
    await database?.dispose();
  });

  const get = async (url: string, headers: Record<string, string> = {}) => {
    const res = await t.app.inject({ method: 'GET', url, headers: { host: 'truce.test', ...headers }, ...PUBLIC });
    return { status: res.statusCode, type: res.headers['content-type'], body: res.json() };
  };
  /** Follows `next` links from the first page, as a client would. */
  const allPages = async (url: string, headers: Record<string, string> = {}) => {
    const ids: string[] = [];
    let next: string | undefined = url;
    let pages = 0;
    while (next) {
      const page = await get(next.replace('http://truce.test', ''), headers);
      expect(page.status, JSON.stringify(page.body)).toBe(200);
      expect(page.body.numberReturned).toBe(page.body.features.length);
      ids.push(...page.body.features.map((x: { id: string }) => x.id));
      next = page.body.links.find((l: { rel: string }) => l.rel === 'next')?.href;
      pages++;
    }
    return { ids, pages };
  };

  it('has a landing page with the links QGIS and GDAL follow, and declares only the classes it serves', async () => {
    const landing = await get('/ogc');
    expect(landing.status).toBe(200);
    const rels = Object.fromEntries(landing.body.links.map((l: { rel: string; href: string; type: string }) => [l.rel, l]));
    expect(rels.self.href).toBe('http://truce.test/ogc');
    expect(rels['service-desc']).toMatchObject({ href: 'http://truce.test/ogc/api', type: 'application/vnd.oai.openapi+json;version=3.0' });
    expect(rels.conformance.href).toBe('http://truce.test/ogc/conformance');
    expect(rels.data.href).toBe('http://truce.test/ogc/collections');
    expect((await get('/ogc/conformance')).body.conformsTo.map((c: string) => c.split('/').at(-1)).sort()).toEqual(['core', 'geojson', 'oas30']);
  });

  it('describes itself in a valid OpenAPI 3.0 document, with the page size clients may ask for', async () => {
    const api = await get('/ogc/api');
    expect(api.type).toContain('application/vnd.oai.openapi+json');
    expect(api.body.openapi).toMatch(/^3\.0\./);
    const result = await new Validator().validate(api.body);
    expect(result.errors ?? []).toEqual([]);
    const limit = api.body.paths['/collections/incidents/items'].get.parameters.find((p: { name: string }) => p.name === 'limit');
    expect(limit.schema).toMatchObject({ minimum: 1, maximum: 500 });
    // The main API's 3.1 document does not list /ogc.
    const main = await get('/api/openapi.json');
    expect(Object.keys(main.body.paths).filter((p) => p.startsWith('/ogc'))).toEqual([]);
  });

  it('lists the three collections with their extents', async () => {
    const { body } = await get('/ogc/collections');
    expect(body.collections.map((c: { id: string }) => c.id)).toEqual(['incidents', 'control-claims', 'areas']);
    const incidents = body.collections[0];
    expect(incidents.links.find((l: { rel: string }) => l.rel === 'items')).toMatchObject({ href: 'http://truce.test/ogc/collections/incidents/items', type: 'application/geo+json' });
    const [west, south, east, north] = incidents.extent.spatial.bbox[0];
    expect(south).toBeGreaterThan(47);
    expect(north).toBeLessThan(50);
    expect(west).toBeLessThan(east);
    expect(incidents.extent.temporal.interval[0][0]).toBe('2025-03-13T10:00:00.000Z');
    expect((await get('/ogc/collections/areas')).body.extent.spatial.bbox[0]).toEqual([35, 51, 35.5, 51.5]);
  });

  it('pages the published incidents to the public through next links, with numberMatched; a token sees what it allows', async () => {
    const first = await get('/ogc/collections/incidents/items?limit=2');
    expect(first.type).toContain('application/geo+json');
    expect(first.body).toMatchObject({ type: 'FeatureCollection', numberMatched: f.published.length, numberReturned: 2 });
    const pub = await allPages('/ogc/collections/incidents/items?limit=2');
    expect(pub.ids.sort()).toEqual([...f.published].sort());
    expect(pub.pages).toBe(3);
    const staff = await allPages('/ogc/collections/incidents/items?limit=3', bearer);
    expect(staff.ids.sort()).toEqual([...f.incidents].sort());
    const shown = (await get(`/api/v1/incidents/${f.incidents[0]}`)).body;
    const feature = (await get(`/ogc/collections/incidents/items/${f.incidents[0]}`)).body;
    expect(feature).toMatchObject({ type: 'Feature', id: f.incidents[0], geometry: { type: 'Point', coordinates: [shown.point.longitude, shown.point.latitude] }, properties: { status: 'verified', disclosure: shown.disclosure } });
    expect((await get(`/ogc/collections/incidents/items/${f.incidents[6]}`)).status).toBe(404);
    expect((await get(`/ogc/collections/incidents/items/${f.incidents[6]}`, bearer)).status).toBe(200);
  });

  it('filters by bbox, datetime, kind, party and status', async () => {
    const ids = async (query: string, headers: Record<string, string> = {}) => (await allPages(`/ogc/collections/incidents/items?${query}`, headers)).ids.sort();
    expect(await ids('bbox=35,47,37,48.3')).toEqual([f.incidents[0], f.incidents[1]].sort());
    expect(await ids('datetime=2025-03-15T00:00:00Z/..')).toEqual(f.incidents.slice(2, 5).sort());
    expect(await ids('datetime=../2025-03-13T23:00:00Z')).toEqual([f.incidents[0]]);
    expect(await ids('datetime=2025-03-14')).toEqual([f.incidents[1]]);
    expect(await ids(`party=${f.parties.ru}`)).toEqual([f.incidents[0], f.incidents[2], f.incidents[4]].sort());
    expect(await ids('status=reported')).toEqual([]);
    expect(await ids('status=reported', bearer)).toEqual(f.incidents.slice(5).sort());
    expect(await ids('kind=airstrike')).toEqual([]);
    const claims = await get('/ogc/collections/control-claims/items?status=contested');
    expect(claims.body.features.map((x: { id: string }) => x.id)).toEqual([f.claimIds[1]]);
    expect(claims.body.features[0].geometry.type).toBe('Polygon');
    expect((await allPages('/ogc/collections/control-claims/items?limit=1')).ids).toEqual(f.claimIds);
    expect((await get(`/ogc/collections/control-claims/items?party=${f.parties.ru}&datetime=2025-03-12`)).body.numberMatched).toBe(1);
    expect((await get('/ogc/collections/control-claims/items?bbox=35,51,35.6,51.6')).body.numberMatched).toBe(2);
    expect((await get('/ogc/collections/areas/items?kind=zone')).body.numberMatched).toBe(0);
    expect((await get(`/ogc/collections/areas/items/${f.areaId}`)).body).toMatchObject({ id: f.areaId, geometry: { type: 'Polygon' }, properties: { name: 'Sector North' } });
    expect((await get(`/ogc/collections/control-claims/items/${f.claimIds[0]}`)).body.time).toEqual({ timestamp: '2025-03-12T00:00:00.000Z' });
  });

  it.each([
    ['/ogc/collections/incidents/items?limit=0', 'query.limit'],
    ['/ogc/collections/incidents/items?limit=501', 'query.limit'],
    ['/ogc/collections/incidents/items?limit=ten', 'query.limit'],
    ['/ogc/collections/incidents/items?bbox=1,2,3', 'query.bbox'],
    ['/ogc/collections/incidents/items?datetime=yesterday', 'query.datetime'],
    ['/ogc/collections/incidents/items?datetime=2025-03-15T00:00:00Z/2025-03-14T00:00:00Z', 'query.datetime'],
    ['/ogc/collections/incidents/items?status=lost', 'query.status'],
    ['/ogc/collections/incidents/items?cursor=nonsense', 'query.cursor'],
    ['/ogc/collections/incidents/items?filter=kind%3D1', 'query.filter'],
    ['/ogc/collections/areas/items?offset=-1', 'query.offset'],
    ['/ogc/collections/control-claims/items?kind=shelling', 'query.kind'],
  ])('refuses %s with 400 naming %s', async (url, path) => {
    const res = await get(url);
    expect(res.status, JSON.stringify(res.body)).toBe(400);
    expect(res.body.details.map((d: { path: string }) => d.path)).toContain(path);
  });

  it('answers an unknown collection with 404', async () => {
    expect((await get('/ogc/collections/parties/items')).status).toBe(404);
  });
});
