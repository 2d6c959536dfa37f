import { multipart, MULTIPART_TYPE, type Part } from '../../../test/support/multipart.js';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { monitoringFixtures, shelling, type MonitoringFixtures } from '../../../test/support/monitoring-fixtures.js';
import { startTestTruce, type TestTruce } from '../../../test/support/start-test-truce.js';
import { testDatabases, type TestDatabase } from '../../../test/support/test-databases.js';

const PNG = Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), Buffer.alloc(64, 1)]);

function files(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((d) => d.isFile()).map((d) => d.name);
  } catch {
    return [];
  }
}

describe.each(testDatabases())('evidence API on $name', (factory) => {
  let database: TestDatabase;
  let t: TestTruce;
  let f: MonitoringFixtures;
  let reportId: string;
  let incidentId: string;

  beforeAll(async () => {
    database = await factory.create();
    t = await startTestTruce(database);
    t.truce.monitoring.evidenceMaxBytes = 1024 * 1024;
    f = await monitoringFixtures(t);
    const report = await f.api.post('/api/v1/reports', shelling(f.sources.mission), f.monitor.headers);
    reportId = report.body.id;
    incidentId = report.body.incident_id;
  });

  afterAll(async () => {
    await t?.close();
    await database?.dispose();
  });

  const upload = (parts: Part[], options: { truncate?: boolean; id?: string; headers?: Record<string, string> } = {}) =>
    t.app.inject({
      method: 'POST',
      url: `/api/v1/reports/${options.id ?? reportId}/evidence`,
      headers: { ...(options.headers ?? f.monitor.headers), 'content-type': MULTIPART_TYPE },
      payload: multipart(parts, options),
    });
  const evidenceRows = async () => Number((await t.truce.database.db.selectFrom('evidence').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  const store = () => join(database.dataDir, 'evidence');

  it('stores a file by its SHA-256 once, sniffs its type from the bytes, and logs a collected custody event', async () => {
    const first = await upload([{ name: 'file', filename: 'photo.txt', content: PNG }, { name: 'collector', value: 'Team 3' }, { name: 'captured_at', value: '2025-03-13T10:05:00Z' }, { name: 'public', value: 'true' }]);
    expect(first.statusCode, first.body).toBe(201);
    const [item] = first.json().items;
    expect(item).toMatchObject({ media_type: 'image/png', size: PNG.length, original_name: 'photo.txt', collector: 'Team 3', public: true, custody: [{ event: 'collected', actor: f.monitor.actorId }] });
    expect(files(join(store(), 'sha256', item.sha256.slice(0, 2), item.sha256.slice(2, 4)))).toEqual([item.sha256]);

    const again = await upload([{ name: 'file', filename: 'copy.png', content: PNG }]);
    expect(again.statusCode).toBe(201);
    expect(again.json().items[0].sha256).toBe(item.sha256);
    expect(files(join(store(), 'sha256'))).toHaveLength(1);
    expect(files(join(store(), 'tmp'))).toHaveLength(0);

    const served = await t.app.inject({ method: 'GET', url: `/api/v1/evidence/${item.sha256}`, headers: f.verifier1.headers });
    expect(served.statusCode).toBe(200);
    expect(served.headers['content-type']).toBe('image/png');
    expect(served.headers['content-disposition']).toMatch(/^inline/);
    expect(served.rawPayload.equals(PNG)).toBe(true);

    const custody = await f.api.post(`/api/v1/reports/${reportId}/evidence/${item.id}/custody`, { event: 'analysed', note: 'ELA run' }, f.verifier1.headers);
    expect(custody.status, JSON.stringify(custody.body)).toBe(201);
    expect(custody.body.custody.map((c: { event: string }) => c.event)).toEqual(['collected', 'analysed']);
  });

  it('sends anything but images and videos as an attachment, and hides evidence from the public until published and public', async () => {
    const res = await upload([{ name: 'file', filename: 'page.html', content: Buffer.from('<html><script>alert(1)</script></html>'), type: 'image/png' }]);
    const [item] = res.json().items;
    expect(item.media_type).toBe('application/octet-stream');
    const served = await t.app.inject({ method: 'GET', url: `/api/v1/evidence/${item.sha256}`, headers: f.verifier1.headers });
    expect(served.headers['content-disposition']).toMatch(/^attachment; filename="page.html"/);
    expect(served.headers['x-content-type-options']).toBe('nosniff');
    const anonymous = await t.app.inject({ method: 'GET', url: `/api/v1/evidence/${item.sha256}`, remoteAddress: '203.0.113.9' });
    expect(anonymous.statusCode).toBe(404);
    const detail = await t.app.inject({ method: 'GET', url: `/api/v1/incidents/${incidentId}`, remoteAddress: '203.0.113.9' });
    expect(detail.statusCode).toBe(404);
  });

  it.each([
    ['an empty file', [{ name: 'file', filename: 'empty.jpg', content: Buffer.alloc(0) }], 400, 'file'],
    ['a name with a path', [{ name: 'file', filename: '../../etc/passwd', content: PNG }], 400, 'file.filename'],
    ['a name with a backslash', [{ name: 'file', filename: 'C:\\x.png', content: PNG }], 400, 'file.filename'],
    ['a file over the limit', [{ name: 'file', filename: 'big.bin', content: Buffer.alloc(1024 * 1024 + 1, 7) }], 413, 'file'],
    ['an unknown field', [{ name: 'file', filename: 'a.png', content: PNG }, { name: 'secret', value: 'x' }], 400, 'secret'],
    ['a bad captured_at', [{ name: 'file', filename: 'a.png', content: Buffer.from('x') }, { name: 'captured_at', value: 'yesterday' }], 400, 'captured_at'],
  ] as const)('refuses %s and leaves no row and no file', async (_what, parts, status, path) => {
    const rows = await evidenceRows();
    const stored = files(store()).length;
    const res = await upload([...parts]);
    expect(res.statusCode, res.body).toBe(status);
    expect(res.json().details[0].path).toBe(path);
    expect(await evidenceRows()).toBe(rows);
    expect(files(store()).length).toBe(stored);
  });

  it('leaves nothing behind when an upload is interrupted, or names an unknown report', async () => {
    const rows = await evidenceRows();
    const stored = files(store()).length;
    const cut = await upload([{ name: 'file', filename: 'clip.bin', content: Buffer.alloc(200_000, 3) }], { truncate: true });
    expect(cut.statusCode).toBe(400);
    const unknown = await upload([{ name: 'file', filename: 'new.bin', content: Buffer.from('fresh bytes') }], { id: 'no-such-report' });
    expect(unknown.statusCode).toBe(404);
    expect(await evidenceRows()).toBe(rows);
    expect(files(store()).length).toBe(stored);
  });

  it('names each limit for what it limits: too many files, a declared length no upload can reach, a link that is not http', async () => {
    const rows = await evidenceRows();
    const many = await upload(Array.from({ length: 21 }, (_, i) => ({ name: 'file' as const, filename: `f${i}.bin`, content: Buffer.from(`file ${i}`) })));
    expect(many.statusCode).toBe(413);
    expect(many.json().details[0]).toMatchObject({ path: 'file', message: 'more than 20 files in one upload' });
    const declared = await t.app.inject({
      method: 'POST',
      url: `/api/v1/reports/${reportId}/evidence`,
      headers: { ...f.monitor.headers, 'content-type': MULTIPART_TYPE, 'content-length': String(10 * 1024 ** 3) },
      payload: multipart([{ name: 'file', filename: 'a.bin', content: Buffer.from('a') }]),
    });
    expect(declared.statusCode).toBe(413);
    expect(declared.json().details[0].path).toBe('content-length');
    for (const url of ['javascript:alert(1)', 'file:///etc/passwd', 'data:text/html,x']) {
      const res = await upload([{ name: 'url', value: url }, { name: 'file', filename: 'a.bin', content: Buffer.from('link') }]);
      expect(res.statusCode, url).toBe(400);
      expect(res.json().details[0]).toMatchObject({ path: 'url', message: 'must be an http or https URL' });
    }
    expect(await evidenceRows()).toBe(rows);
  });
});
