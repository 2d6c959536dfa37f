import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiClient } from '../../test/support/api-client.js';
import { loginAs } from '../../test/support/login-as.js';
import { startTestTruce, type TestTruce } from '../../test/support/start-test-truce.js';
import { testDatabases, type TestDatabase } from '../../test/support/test-databases.js';
import { TestClock } from '../../test/support/test-clock.js';
import { createLogger } from '../config/create-logger.js';

describe.each(testDatabases())('the server log on $name', (factory) => {
  let database: TestDatabase;
  let t: TestTruce;
  const lines: string[] = [];

  beforeAll(async () => {
    database = await factory.create();
    const destination = new Writable({
      write(chunk, _encoding, done) {
        lines.push(...String(chunk).split('\n').filter(Boolean));
        done();
      },
    });
    // The most talkative level, through the same logger the server uses, into a stream the test reads.
    t = await startTestTruce(database, new TestClock(), { logger: createLogger({ level: 'trace', destination }) });
  });

  afterAll(async () => {
    await t?.close();
    await database?.dispose();
  });

  it('never contains a password, a token, a cookie or a CSRF token, through a whole login and token flow', async () => {
    const secrets: string[] = [];
    const api = apiClient(t.app);
    const admin = await loginAs(t, 'admin');
    secrets.push(admin.headers.authorization.slice('Bearer '.length));

    const created = await api.post('/api/v1/users', { name: 'log-check', role: 'mediator', password: 'correct horse battery staple' }, admin.headers);
    expect(created.status).toBe(201);
    secrets.push('correct horse battery staple');
    await api.post('/api/v1/session', { name: 'log-check', password: 'wrong horse battery staple' });
    secrets.push('wrong horse battery staple');
    const login = await t.app.inject({ method: 'POST', url: '/api/v1/session', payload: { name: 'log-check', password: 'correct horse battery staple' } });
    expect(login.statusCode).toBe(201);
    const cookie = login.cookies.find((c) => c.name === 'truce_session')!.value;
    const device = login.cookies.find((c) => c.name === 'truce_device')!.value;
    const csrf = login.json().csrf_token as string;
    secrets.push(cookie, device, csrf);
    const session = { cookie: `truce_session=${cookie}`, 'x-csrf-token': csrf };
    expect((await api.post('/api/v1/parties', { name: 'Logged party', kind: 'state' }, session)).status).toBe(201);
    expect((await api.post('/api/v1/parties', { name: 'Refused party', kind: 'state' }, { cookie: session.cookie, 'x-csrf-token': 'wrong-csrf-value' })).status).toBe(403);
    secrets.push('wrong-csrf-value');

    const token = await api.post('/api/v1/tokens', { name: 'machine' }, session);
    secrets.push(token.body.secret);
    expect((await api.get('/api/v1/agreements', { authorization: `Bearer ${token.body.secret}` })).status).toBe(200);
    expect((await api.get('/api/v1/agreements?token=query-secret-value', { authorization: 'Bearer truce_not-a-real-token' })).status).toBe(401);
    secrets.push('truce_not-a-real-token', 'query-secret-value');
    const reset = await api.post(`/api/v1/users/${created.body.user.id}/reset-password`, {}, admin.headers);
    secrets.push(reset.body.password);
    expect((await api.delete('/api/v1/session', session)).status).toBe(401);

    const log = lines.join('\n');
    // The capture works, and it sees the requests, their headers and the login.
    expect(lines.length).toBeGreaterThan(20);
    expect(log).toContain('/api/v1/session');
    expect(log).toContain('"authorization":"[redacted]"');
    expect(log).toContain('"cookie":"[redacted]"');
    expect(log).toContain('"msg":"login"');
    for (const secret of secrets) expect(log, `the log contains ${secret.slice(0, 8)}…`).not.toContain(secret);
    expect(log).not.toMatch(/scrypt\$|truce_[\w-]{43}/);
  });
});
