import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs } from '../../test/support/login-as.js';
import { recordCounts } from '../../test/support/record-counts.js';
import { startTestTruce, type TestTruce } from '../../test/support/start-test-truce.js';
import { testDatabases, type TestDatabase } from '../../test/support/test-databases.js';

describe.each(testDatabases())('hardening on $name', (factory) => {
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

  it('refuses to start with a route that declares no action, and names the route', () => {
    expect(() => t.app.get('/api/v1/secret-backdoor', async () => 'open')).toThrow(/GET \/api\/v1\/secret-backdoor declares no known action/);
    // A misspelt action does not compile; one that slips past the types still stops the server.
    const config = { action: 'nothing.at_all' } as unknown as { action: 'health.read' };
    expect(() => t.app.post('/api/v1/other', { config }, async () => 'open')).toThrow(/POST \/api\/v1\/other/);
  });

  it('sends a strict Content-Security-Policy everywhere, relaxed for the API docs only', async () => {
    const api = await t.app.inject({ method: 'GET', url: '/api/v1/agreements' });
    const csp = String(api.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self';");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe');
    expect(api.headers['x-content-type-options']).toBe('nosniff');
    expect(api.headers['strict-transport-security']).toBeDefined();
    const missing = await t.app.inject({ method: 'GET', url: '/anything/else' });
    expect(missing.headers['content-security-policy']).toBe(api.headers['content-security-policy']);

    const docs = await t.app.inject({ method: 'GET', url: '/api/docs/' });
    const docsCsp = String(docs.headers['content-security-policy']);
    expect(docsCsp).toContain("style-src 'self' 'unsafe-inline'");
    expect(docsCsp).toContain("script-src 'self';");
    expect(docsCsp).not.toContain('unsafe-eval');
  });

  it('gives every answer a request id and one error shape, whatever refused it', async () => {
    const monitor = await loginAs(t, 'monitor');
    const cases = [
      await t.app.inject({ method: 'POST', url: '/api/v1/parties', payload: { name: 'x', kind: 'state' } }),
      await t.app.inject({ method: 'POST', url: '/api/v1/parties', payload: { name: 'x', kind: 'state' }, headers: monitor.headers }),
      await t.app.inject({ method: 'GET', url: '/api/v1/nothing' }),
      await t.app.inject({ method: 'POST', url: '/api/v1/session', payload: 'name=x', headers: { 'content-type': 'application/x-www-form-urlencoded' } }),
      await t.app.inject({ method: 'POST', url: '/api/v1/session', payload: { name: 'x', password: 'y'.repeat(5000) } }),
      await t.app.inject({ method: 'POST', url: '/api/v1/session', payload: '{"name":', headers: { 'content-type': 'application/json' } }),
      await t.app.inject({ method: 'GET', url: '/api/v1/agreements/%E0%A4%A' }),
    ];
    expect(cases.map((res) => res.statusCode)).toEqual([401, 403, 404, 415, 413, 400, 400]);
    for (const res of cases) {
      const body = res.json();
      expect(res.headers['x-request-id'], `${res.statusCode} ${res.body}`).toMatch(/^[0-9a-f-]{36}$/);
      expect(body).toEqual({ error: expect.any(String), message: expect.any(String), details: expect.any(Array), request_id: res.headers['x-request-id'] });
      expect(res.body).not.toMatch(/\bat .*\.(ts|js):\d+|select |insert into|node_modules/i);
    }
  });

  it('limits the body size of every route, smaller for account routes', async () => {
    const admin = await loginAs(t, 'admin');
    const big = { name: 'x'.repeat(9000), role: 'monitor' };
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/users', payload: big, headers: admin.headers })).statusCode).toBe(413);
    const mediator = await loginAs(t, 'mediator');
    const huge = { name: 'x', kind: 'state', aliases: ['y'.repeat(300 * 1024)] };
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/parties', payload: huge, headers: mediator.headers })).statusCode).toBe(413);
  });

  it('refuses a NUL character in any field with a 400 naming it, and stores nothing', async () => {
    const mediator = await loginAs(t, 'mediator');
    const before = await recordCounts(t.truce);
    const cases = [
      { url: '/api/v1/parties', payload: { name: 'Par\u0000ty', kind: 'state' }, path: 'name' },
      { url: '/api/v1/parties', payload: { name: 'Party', kind: 'state', aliases: ['ok', 'b\u0000d'] }, path: 'aliases.1' },
      { url: '/api/v1/control-claims', payload: { place_name: 'Sud\u0000zha', status: 'unknown', basis: 'claimed', source: 'x', as_of: '2025-03-13T00:00:00Z' }, path: 'place_name' },
    ];
    for (const c of cases) {
      const res = await t.app.inject({ method: 'POST', url: c.url, payload: c.payload, headers: mediator.headers });
      expect(res.statusCode, c.path).toBe(400);
      expect(res.json().details).toEqual([{ path: c.path, message: expect.stringContaining('NUL'), code: 'nul_character', params: {} }]);
    }
    const query = await t.app.inject({ method: 'GET', url: '/api/v1/places?q=sud%00zha' });
    expect(query.statusCode).toBe(400);
    expect(query.json().details[0].path).toBe('query.q');
    expect(await recordCounts(t.truce)).toEqual(before);
  });

  it('refuses a lone surrogate and a body nested 10,000 deep with a 400 naming the field, and stores nothing', async () => {
    const mediator = await loginAs(t, 'mediator');
    const before = await recordCounts(t.truce);
    // Written as text: JSON.stringify itself cannot walk 10,000 levels.
    const deep = `${'['.repeat(10_000)}"leaf"${']'.repeat(10_000)}`;
    const cases = [
      { payload: JSON.stringify({ name: '\ud800x', kind: 'state' }), path: 'name', message: /lone surrogate/ },
      { payload: JSON.stringify({ name: 'Party', kind: 'state', aliases: ['ok', 'x\udc00'] }), path: 'aliases.1', message: /lone surrogate/ },
      { payload: `{"name":"Party","kind":"state","aliases":${deep}}`, path: `aliases${'.0'.repeat(31)}`, message: /nested deeper than 32/ },
    ];
    for (const c of cases) {
      const res = await t.app.inject({ method: 'POST', url: '/api/v1/parties', payload: c.payload, headers: { ...mediator.headers, 'content-type': 'application/json' } });
      expect(res.statusCode, c.path).toBe(400);
      expect(res.json().details[0]).toMatchObject({ path: c.path, message: expect.stringMatching(c.message) });
    }
    expect(await recordCounts(t.truce)).toEqual(before);
  });
});
