import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiClient } from '../../test/support/api-client.js';
import { loginAs } from '../../test/support/login-as.js';
import { recordCounts } from '../../test/support/record-counts.js';
import { startTestTruce, type TestTruce } from '../../test/support/start-test-truce.js';
import { testDatabases, type TestDatabase } from '../../test/support/test-databases.js';

describe.each(testDatabases())('bearer tokens on $name', (factory) => {
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

  it('acts as the token’s account, and the log names it by an opaque id', async () => {
    const mediator = await loginAs(t, 'mediator');
    const res = await apiClient(t.app).post('/api/v1/parties', { name: 'Belarus', kind: 'state' }, mediator.headers);
    expect(res.status).toBe(201);
    const entry = await t.truce.database.db.selectFrom('log_entries').select('entry').where('idx', '=', res.body.log_index).executeTakeFirstOrThrow();
    expect(JSON.parse(entry.entry).actor).toBe(mediator.actorId);
  });

  it('refuses a role the policy does not allow, and an unknown or malformed token', async () => {
    const monitor = await loginAs(t, 'monitor');
    const before = await recordCounts(t.truce);
    const api = apiClient(t.app);
    expect((await api.post('/api/v1/parties', { name: 'X', kind: 'state' }, monitor.headers)).status).toBe(403);
    expect((await api.post('/api/v1/parties', { name: 'X', kind: 'state' }, { authorization: 'Bearer truce_nope' })).status).toBe(401);
    expect((await api.get('/api/v1/parties', { authorization: 'Basic abc' })).status).toBe(401);
    expect(await recordCounts(t.truce)).toEqual(before);
  });

  it('keeps password and token hashes out of the log', async () => {
    await loginAs(t, 'verifier', { name: 'verifier-secret-check' });
    const entries = await t.truce.database.db.selectFrom('log_entries').select('entry').where('type', 'in', ['user.created', 'api_token.created']).execute();
    expect(entries.length).toBeGreaterThanOrEqual(2);
    for (const { entry } of entries) expect(entry).not.toMatch(/scrypt|password_hash|token_hash|truce_/);
  });
});
