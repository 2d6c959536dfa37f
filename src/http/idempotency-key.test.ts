import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs } from '../../test/support/login-as.js';
import { monitoringFixtures, shelling, type MonitoringFixtures } from '../../test/support/monitoring-fixtures.js';
import { startTestTruce, type TestTruce } from '../../test/support/start-test-truce.js';
import { testDatabases, type TestDatabase } from '../../test/support/test-databases.js';

describe.each(testDatabases())('Idempotency-Key on $name', (factory) => {
  let database: TestDatabase;
  let t: TestTruce;
  let f: MonitoringFixtures;

  beforeAll(async () => {
    database = await factory.create();
    t = await startTestTruce(database);
    f = await monitoringFixtures(t);
  }, 60_000);

  afterAll(async () => {
    await t?.close();
    await database?.dispose();
  });

  const count = async (table: 'reports' | 'log_entries' | 'idempotency_keys') =>
    Number((await t.truce.database.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  const withKey = (key: string, headers: Record<string, string> = f.monitor.headers) => ({ ...headers, 'idempotency-key': `"${key}"` });

  it('answers a repeat with the first answer, status and body, and writes once', async () => {
    const body = shelling(f.sources.mission, { narrative: 'repeated submit' });
    const first = await f.api.post('/api/v1/reports', body, withKey('retry-1'));
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    const after = { reports: await count('reports'), log: await count('log_entries') };
    const again = await f.api.post('/api/v1/reports', body, withKey('retry-1'));
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect({ reports: await count('reports'), log: await count('log_entries') }).toEqual(after);
    // The same key unquoted is the same key.
    expect((await f.api.post('/api/v1/reports', body, { ...f.monitor.headers, 'idempotency-key': 'retry-1' })).body).toEqual(first.body);
  });

  it('refuses the same key with another body, naming the header', async () => {
    await f.api.post('/api/v1/reports', shelling(f.sources.mission), withKey('retry-2'));
    const other = await f.api.post('/api/v1/reports', shelling(f.sources.mission, { count: 3 }), withKey('retry-2'));
    expect(other.status).toBe(409);
    expect(other.body.details).toEqual([expect.objectContaining({ path: 'headers.idempotency-key' })]);
  });

  it('keeps keys per account: another account with the same key writes its own record', async () => {
    const other = await loginAs(t, 'monitor');
    const body = shelling(f.sources.mission, { narrative: 'same key, two accounts' });
    const mine = await f.api.post('/api/v1/reports', body, withKey('shared-key'));
    const theirs = await f.api.post('/api/v1/reports', body, withKey('shared-key', other.headers));
    expect(theirs.status).toBe(201);
    expect(theirs.body.id).not.toBe(mine.body.id);
    expect(theirs.body.submitted_by).toBe(other.actorId);
  });

  it('makes one record of concurrent repeats, single and bulk', async () => {
    const before = await count('reports');
    const body = shelling(f.sources.osint, { narrative: 'concurrent repeats' });
    const answers = await Promise.all(Array.from({ length: 6 }, () => f.api.post('/api/v1/reports', body, withKey('concurrent-1'))));
    expect(answers.map((a) => a.status)).toEqual(Array(6).fill(201));
    expect(new Set(answers.map((a) => a.body.id)).size).toBe(1);
    const bulk = { reports: [shelling(f.sources.osint), shelling(f.sources.mission)] };
    const bulkAnswers = await Promise.all(Array.from({ length: 4 }, () => f.api.post('/api/v1/reports/bulk', bulk, withKey('concurrent-bulk'))));
    expect(bulkAnswers.map((a) => a.status)).toEqual(Array(4).fill(201));
    expect(new Set(bulkAnswers.map((a) => JSON.stringify(a.body))).size).toBe(1);
    expect(await count('reports')).toBe(before + 3);
  });

  it('keeps no key for a refused write: the corrected request with the same key goes through', async () => {
    const keys = await count('idempotency_keys');
    const refused = await f.api.post('/api/v1/reports', shelling('no-such-source'), withKey('fix-and-retry'));
    expect(refused.status).toBeGreaterThanOrEqual(400);
    expect(refused.status).toBeLessThan(500);
    expect(await count('idempotency_keys')).toBe(keys);
    const fixed = await f.api.post('/api/v1/reports', shelling(f.sources.mission), withKey('fix-and-retry'));
    expect(fixed.status, JSON.stringify(fixed.body)).toBe(201);
  });

  it('refuses a malformed key before anything is written', async () => {
    const bad = await f.api.post('/api/v1/reports', shelling(f.sources.mission), { ...f.monitor.headers, 'idempotency-key': '"unterminated' });
    expect(bad.status).toBe(400);
    expect(bad.body.details[0].path).toBe('headers.idempotency-key');
  });

  it('does not keep a secret shown once: a repeated token creation is refused, not repeated', async () => {
    const body = { name: 'importer', scopes: ['report.*'] };
    const first = await f.api.post('/api/v1/tokens', body, withKey('token-1', f.monitor.headers));
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    const stored = await t.truce.database.db.selectFrom('idempotency_keys').selectAll().where('key', '=', 'token-1').executeTakeFirstOrThrow();
    expect(stored.body).toBe('');
    const again = await f.api.post('/api/v1/tokens', body, withKey('token-1', f.monitor.headers));
    expect(again.status).toBe(409);
  });
});
