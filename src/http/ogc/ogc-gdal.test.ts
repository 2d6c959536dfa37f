import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountToken } from '../../../test/support/account-token.js';
import { interopFixture, type InteropFixture } from '../../../test/support/interop-fixture.js';
import { featureCounts, fetchedUrls, gdalUnavailable, runGdal } from '../../../test/support/run-gdal.js';
import { startTestTruce, type TestTruce } from '../../../test/support/start-test-truce.js';
import { testDatabases, type TestDatabase } from '../../../test/support/test-databases.js';

const unavailable = gdalUnavailable();

/** GDAL's OAPIF driver, as QGIS and analysts' scripts use it, against the real server on a loopback port. */
describe.skipIf(unavailable !== null).each(testDatabases())('GDAL reads /ogc on $name', (factory) => {
  let database: TestDatabase;
  let t: TestTruce;
  let f: InteropFixture;
  let url: string;
  const dir = mkdtempSync(join(tmpdir(), 'truce-gdal-'));

  beforeAll(async () => {
    database = await factory.create();
    t = await startTestTruce(database);
    f = await interopFixture(t);
    await t.app.listen({ host: '127.0.0.1', port: 0 });
    url = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}/ogc`;
  }, 60_000);

  afterAll(async () => {
    await t?.close();
    await database?.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  const matched = async (collection: string) => {
    const res = await t.app.inject({ method: 'GET', url: `/ogc/collections/${collection}/items?limit=1`, remoteAddress: '203.0.113.9' });
    return res.json().numberMatched as number;
  };

  it('lists the three layers with the feature counts the API gives the public', async () => {
    const summary = (await runGdal('ogrinfo', ['-ro', '-so', '-al', `OAPIF:${url}`])).stdout;
    expect(featureCounts(summary)).toEqual({ incidents: await matched('incidents'), 'control-claims': await matched('control-claims'), areas: await matched('areas') });
    expect(await matched('incidents')).toBe(f.published.length);
  }, 60_000);

  it('shows a reader with a token what the token allows', async () => {
    const { authorization } = await accountToken(t.truce, 'verifier');
    const summary = (await runGdal('ogrinfo', ['-ro', '-so', `OAPIF:${url}`, 'incidents'], { GDAL_HTTP_HEADERS: `Authorization: ${authorization}` })).stdout;
    expect(featureCounts(summary)).toEqual({ incidents: f.incidents.length });
  }, 60_000);

  it('copies every published incident into a GeoPackage, two to a page through next links', async () => {
    const out = join(dir, 'incidents.gpkg');
    const copy = await runGdal('ogr2ogr', ['-f', 'GPKG', out, `OAPIF:${url}`, 'incidents', '-oo', 'PAGE_SIZE=2'], { CPL_DEBUG: 'ON' });
    const pages = fetchedUrls(copy.stderr).filter((u) => u.includes('/collections/incidents/items'));
    // Five incidents two to a page: the first page, then two more by the cursors the next links carry.
    expect(new Set(pages.filter((u) => u.includes('cursor='))).size).toBe(2);
    const rows = (await runGdal('ogrinfo', ['-ro', '-q', out, '-sql', 'SELECT id, status FROM incidents'])).stdout;
    const ids = [...rows.matchAll(/^\s*id \(String\) = (\S+)$/gm)].map((m) => m[1]);
    expect(ids.sort()).toEqual([...f.published].sort());
    expect([...rows.matchAll(/^\s*status \(String\) = (\S+)$/gm)].map((m) => m[1])).toEqual(f.published.map(() => 'verified'));
    const summary = (await runGdal('ogrinfo', ['-ro', '-so', out, 'incidents'])).stdout;
    expect(summary).toMatch(/Geometry: Point/);
  }, 60_000);
});
