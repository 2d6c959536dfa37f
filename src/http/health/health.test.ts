import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountToken } from '../../../test/support/account-token.js';
import { apiClient } from '../../../test/support/api-client.js';
import { startTestTruce, type TestTruce } from '../../../test/support/start-test-truce.js';
import { testDatabases, type TestDatabase } from '../../../test/support/test-databases.js';
import { healthResponse } from './health-schema.js';

// SQLite's page limit refuses a write with SQLITE_FULL, the code a full disk gives; the e2e test fills a real one.
describe('GET /api/health while the storage is full', () => {
  let database: TestDatabase;
  let t: TestTruce;

  beforeAll(async () => {
    database = await testDatabases()[0]!.create();
    t = await startTestTruce(database);
  });

  afterAll(async () => {
    await t?.close();
    await database?.dispose();
  });

  const health = async () => {
    const res = await apiClient(t.app).get('/api/health');
    expect(res.status).toBe(200);
    return healthResponse.parse(res.body);
  };
  const pageLimit = async (pages: number | null) => {
    const count = (await sql<{ page_count: number }>`pragma page_count`.execute(t.truce.database.db)).rows[0]!.page_count;
    await sql.raw(`pragma max_page_count = ${pages ?? count}`).execute(t.truce.database.db);
  };

  it('is ok, degraded naming storage while writes are refused for lack of space, and ok again after the next write commits', async () => {
    const { authorization } = await accountToken(t.truce, 'mediator');
    const api = apiClient(t.app, { authorization });
    expect(await health()).toMatchObject({ status: 'ok', write_path: { status: 'ok' } });
    expect((await health()).write_path).not.toHaveProperty('reason');

    await pageLimit(null);
    let refused;
    for (let i = 0; i < 100 && !refused; i++) {
      const res = await api.post('/api/v1/parties', { name: `Observer ${i} ${'x'.repeat(150)}`, kind: 'observer' });
      if (res.status !== 201) refused = res;
    }
    expect(refused?.status, JSON.stringify(refused?.body)).toBe(507);
    expect(refused!.body).toMatchObject({ error: 'storage_full', details: [{ path: 'storage' }] });
    const degraded = await health();
    expect(degraded).toMatchObject({ status: 'degraded', write_path: { status: 'degraded', reason: expect.stringMatching(/storage full/) } });
    expect(Date.parse(degraded.write_path.since!)).not.toBeNaN();
    // Reads still work while writes fail.
    expect((await api.get('/api/v1/parties')).status).toBe(200);

    await pageLimit(1 << 30);
    expect((await api.post('/api/v1/parties', { name: 'After space came back', kind: 'observer' })).status).toBe(201);
    expect(await health()).toMatchObject({ status: 'ok', write_path: { status: 'ok' } });
  });

  it('documents degraded in its OpenAPI description', async () => {
    const document = (await apiClient(t.app).get('/api/openapi.json')).body;
    const schema = JSON.stringify(document.paths['/api/health'].get.responses['200']);
    expect(schema).toContain('degraded');
    expect(schema).toContain('write_path');
  });
});
