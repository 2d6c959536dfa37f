import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiClient } from '../../../test/support/api-client.js';
import { loginAs } from '../../../test/support/login-as.js';
import { loginSession } from '../../../test/support/login-session.js';
import { recordCounts } from '../../../test/support/record-counts.js';
import { startTestTruce, type TestTruce } from '../../../test/support/start-test-truce.js';
import { testDatabases, type TestDatabase } from '../../../test/support/test-databases.js';

describe.each(testDatabases())('sessions, tokens and logins on $name', (factory) => {
  let database: TestDatabase;
  let t: TestTruce;
  let api: ReturnType<typeof apiClient>;
  const minutes = (n: number) => t.clock.set(new Date(t.clock.now().getTime() + n * 60_000));

  beforeAll(async () => {
    database = await factory.create();
    t = await startTestTruce(database);
    api = apiClient(t.app);
  });

  afterAll(async () => {
    await t?.close();
    await database?.dispose();
  });

  it('logs in with a strict HttpOnly cookie, and answers who is asking with the CSRF token', async () => {
    const account = await loginSession(t, 'mediator');
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/session', payload: { name: account.name, password: account.password } });
    expect(res.statusCode).toBe(201);
    const setCookie = String(res.headers['set-cookie']);
    expect(setCookie).toMatch(/^truce_session=[\w-]{43}; /);
    expect(setCookie).toContain('HttpOnly');
    expect(setCookie).toContain('SameSite=Strict');
    expect(setCookie).toContain('Path=/');
    expect(setCookie).not.toContain('Secure');
    // A lifetime the browser counts from receipt, never a date read against a device's clock.
    expect(setCookie).toContain('Max-Age=43200');
    expect(setCookie).not.toContain('Expires=');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.json()).toMatchObject({ user: { name: account.name, role: 'mediator' }, via: 'session', csrf_token: expect.any(String) });
    expect(JSON.stringify(res.json())).not.toMatch(/password|hash/);

    const me = await api.get('/api/v1/session', account.cookieOnly);
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ user: { id: account.userId }, via: 'session', csrf_token: account.csrfToken });
    const machine = await loginAs(t, 'monitor');
    expect((await api.get('/api/v1/session', machine.headers)).body).toMatchObject({ via: 'token', csrf_token: null });
    expect((await api.get('/api/v1/session')).status).toBe(401);
  });

  it('tells the web app which actions the account may perform, from the policy', async () => {
    const mediator = await loginSession(t, 'mediator');
    const actions = (await api.get('/api/v1/session', mediator.cookieOnly)).body.actions as string[];
    expect(actions).toContain('agreement.transition');
    expect(actions).not.toContain('user.create');
    const scoped = await loginAs(t, 'admin');
    expect((await api.get('/api/v1/session', scoped.headers)).body.actions).toContain('user.create');
  });

  it('marks the cookie Secure with --secure-cookies', async () => {
    const secure = await startTestTruce(database, t.clock, { secureCookies: true });
    try {
      const account = await loginSession(secure, 'monitor');
      const res = await secure.app.inject({ method: 'POST', url: '/api/v1/session', payload: { name: account.name, password: account.password } });
      expect(String(res.headers['set-cookie'])).toContain('Secure');
    } finally {
      await secure.app.close();
      await secure.truce.close();
    }
  });

  it('behind a trusted proxy, limits logins per client address and marks the cookie Secure for HTTPS', async () => {
    const proxied = await startTestTruce(database, t.clock, { trustProxy: '127.0.0.1' });
    try {
      const account = await loginSession(proxied, 'monitor');
      const via = (client: string, proto = 'http') => ({ 'x-forwarded-for': client, 'x-forwarded-proto': proto });
      const attempt = (password: string, client: string, proto?: string) =>
        proxied.app.inject({ method: 'POST', url: '/api/v1/session', payload: { name: `guess-${Math.random()}`, password }, headers: via(client, proto) });
      for (let i = 0; i < 11; i++) await attempt('x', '198.51.100.77');
      expect((await attempt('x', '198.51.100.77')).statusCode).toBe(429);
      const other = await proxied.app.inject({ method: 'POST', url: '/api/v1/session', payload: { name: account.name, password: account.password }, headers: via('198.51.100.78', 'https') });
      expect(other.statusCode).toBe(201);
      expect(String(other.headers['set-cookie'])).toContain('Secure');
    } finally {
      await proxied.app.close();
      await proxied.truce.close();
    }
  });

  it('refuses a cookie-authenticated change without the session’s CSRF token, and leaves nothing behind', async () => {
    const account = await loginSession(t, 'mediator');
    const other = await loginSession(t, 'mediator');
    const before = await recordCounts(t.truce);
    const party = { name: 'Belarus', kind: 'state' };
    const missing = await api.post('/api/v1/parties', party, account.cookieOnly);
    expect(missing.status).toBe(403);
    expect(missing.body.message).toContain('x-csrf-token');
    expect((await api.post('/api/v1/parties', party, { ...account.cookieOnly, 'x-csrf-token': 'forged' })).status).toBe(403);
    expect((await api.post('/api/v1/parties', party, { ...account.cookieOnly, 'x-csrf-token': other.csrfToken })).status).toBe(403);
    expect((await api.delete('/api/v1/session', account.cookieOnly)).status).toBe(403);
    expect(await recordCounts(t.truce)).toEqual(before);

    expect((await api.get('/api/v1/parties', account.cookieOnly)).status).toBe(200);
    const created = await api.post('/api/v1/parties', party, account.headers);
    expect(created.status).toBe(201);
    const entry = await t.truce.database.db.selectFrom('log_entries').select('entry').where('idx', '=', created.body.log_index).executeTakeFirstOrThrow();
    expect(JSON.parse(entry.entry).actor).toBe(`user:${account.userId}`);
  });

  it('ends the session at logout, at once', async () => {
    const account = await loginSession(t, 'mediator');
    const res = await t.app.inject({ method: 'DELETE', url: '/api/v1/session', headers: account.headers });
    expect(res.statusCode).toBe(204);
    expect(String(res.headers['set-cookie'])).toMatch(/truce_session=;.*Expires=Thu, 01 Jan 1970/);
    expect((await api.get('/api/v1/session', account.cookieOnly)).status).toBe(401);
    expect((await api.post('/api/v1/parties', { name: 'Moldova', kind: 'state' }, account.headers)).status).toBe(401);
  });

  it('expires a session after 30 idle minutes, and after 12 hours however busy', async () => {
    const idle = await loginSession(t, 'monitor');
    minutes(29);
    expect((await api.get('/api/v1/session', idle.cookieOnly)).status).toBe(200);
    minutes(29);
    expect((await api.get('/api/v1/session', idle.cookieOnly)).status).toBe(200);
    minutes(30);
    expect((await api.get('/api/v1/session', idle.cookieOnly)).status).toBe(401);

    const busy = await loginSession(t, 'monitor');
    for (let elapsed = 0; elapsed < 12 * 60 - 20; elapsed += 20) {
      minutes(20);
      expect((await api.get('/api/v1/session', busy.cookieOnly)).status, `after ${elapsed + 20} minutes`).toBe(200);
    }
    minutes(20);
    expect((await api.get('/api/v1/session', busy.cookieOnly)).status).toBe(401);
  });

  it('ends every session and token of a user the administrator disables, and sessions at a password reset', async () => {
    const admin = await loginAs(t, 'admin');
    const person = await loginSession(t, 'verifier');
    const { body: token } = await api.post('/api/v1/tokens', { name: 'laptop' }, person.headers);
    const bearer = { authorization: `Bearer ${token.secret}` };
    expect((await api.get('/api/v1/session', bearer)).status).toBe(200);

    const again = await t.app.inject({ method: 'POST', url: '/api/v1/session', payload: { name: person.name, password: person.password } });
    const secondCookie = { cookie: `truce_session=${again.cookies[0]!.value}` };
    const reset = await api.post(`/api/v1/users/${person.userId}/reset-password`, {}, admin.headers);
    expect(reset.status).toBe(200);
    expect(reset.body.password).toMatch(/^\S{20,}$/);
    expect((await api.get('/api/v1/session', secondCookie)).status).toBe(401);
    expect((await api.get('/api/v1/session', person.cookieOnly)).status).toBe(401);
    const old = await t.app.inject({ method: 'POST', url: '/api/v1/session', payload: { name: person.name, password: person.password } });
    expect(old.statusCode).toBe(401);

    const fresh = await t.app.inject({ method: 'POST', url: '/api/v1/session', payload: { name: person.name, password: reset.body.password } });
    expect(fresh.statusCode).toBe(201);
    const freshCookie = { cookie: `truce_session=${fresh.cookies[0]!.value}` };
    const disabled = await api.post(`/api/v1/users/${person.userId}/disable`, undefined, admin.headers);
    expect(disabled.body).toMatchObject({ disabled: true });
    expect((await api.get('/api/v1/session', freshCookie)).status).toBe(401);
    expect((await api.get('/api/v1/session', bearer)).status).toBe(401);
    const refused = await t.app.inject({ method: 'POST', url: '/api/v1/session', payload: { name: person.name, password: reset.body.password } });
    expect(refused.statusCode).toBe(401);
    expect((await api.post(`/api/v1/users/${admin.userId}/disable`, undefined, admin.headers)).status).toBe(409);
    // Enabling the account again brings none of its old tokens back: disabling revoked them, as logged changes.
    expect((await api.post(`/api/v1/users/${person.userId}/enable`, undefined, admin.headers)).status).toBe(200);
    expect((await api.get('/api/v1/session', bearer)).status).toBe(401);
    const listed = await api.get(`/api/v1/tokens?user_id=${person.userId}`, admin.headers);
    expect(listed.body.items.map((i: { revoked_at: string | null }) => i.revoked_at)).toEqual([expect.any(String)]);
  });

  it('refuses a token once it expires or is revoked, and holds it to its scopes', async () => {
    const admin = await loginAs(t, 'admin');
    const mediator = await loginSession(t, 'mediator');
    const make = async (extra: Record<string, unknown>) => {
      const res = await api.post('/api/v1/tokens', { name: 'feed', ...extra }, mediator.headers);
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      return { id: res.body.token.id as string, headers: { authorization: `Bearer ${res.body.secret}` } };
    };
    const shortLived = await make({ expires_in_days: 1 });
    const revoked = await make({});
    const readOnly = await make({ scopes: ['agreement.read', 'session.read'] });

    expect((await api.get('/api/v1/session', shortLived.headers)).status).toBe(200);
    const revoke = await api.post(`/api/v1/tokens/${revoked.id}/revoke`, undefined, admin.headers);
    expect(revoke.body.revoked_at).toBe(t.clock.now().toISOString());
    expect((await api.get('/api/v1/session', revoked.headers)).status).toBe(401);

    expect((await api.get('/api/v1/agreements', readOnly.headers)).status).toBe(200);
    expect((await api.post('/api/v1/parties', { name: 'Scoped', kind: 'state' }, readOnly.headers)).status).toBe(403);
    expect((await api.post('/api/v1/tokens', { name: 'x', scopes: ['agreement.delete'] }, mediator.headers)).body.details[0].path).toBe('scopes.0');

    minutes(24 * 60);
    expect((await api.get('/api/v1/session', shortLived.headers)).status).toBe(401);
    expect((await api.get('/api/v1/session', readOnly.headers)).status).toBe(200);

    const listed = await api.get(`/api/v1/tokens?user_id=${mediator.userId}`, admin.headers);
    expect(listed.body.items).toHaveLength(3);
    expect(JSON.stringify(listed.body)).not.toMatch(/hash|truce_/);
  });

  it('rate-limits logins per account and per address with growing delays, and never says whether the name exists', async () => {
    const account = await loginSession(t, 'verifier');
    const attempt = (name: string, password: string, address: string) =>
      t.app.inject({ method: 'POST', url: '/api/v1/session', payload: { name, password }, remoteAddress: address });
    const strip = (body: string) => ({ ...JSON.parse(body), request_id: undefined });

    const wrong = await attempt(account.name, 'not the password', '192.0.2.1');
    const unknown = await attempt('nobody-at-all', 'not the password', '192.0.2.2');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(strip(wrong.body)).toEqual(strip(unknown.body));

    // Per account: three free failures (the fourth starts the delays), then 2 s, 4 s, … whatever the address.
    await attempt(account.name, 'not the password', '192.0.2.3');
    await attempt(account.name, 'not the password', '192.0.2.4');
    expect((await attempt(account.name, 'not the password', '192.0.2.44')).statusCode).toBe(401);
    const limited = await attempt(account.name, account.password, '192.0.2.5');
    expect(limited.statusCode).toBe(429);
    expect(limited.headers['retry-after']).toBe('2');
    expect(limited.json()).toMatchObject({ error: 'rate_limited', request_id: expect.any(String) });
    t.clock.set(new Date(t.clock.now().getTime() + 2_000));
    expect((await attempt(account.name, 'still wrong', '192.0.2.6')).statusCode).toBe(401);
    expect((await attempt(account.name, account.password, '192.0.2.7')).headers['retry-after']).toBe('4');
    t.clock.set(new Date(t.clock.now().getTime() + 4_000));
    expect((await attempt(account.name, account.password, '192.0.2.8')).statusCode).toBe(201);

    // Unknown names are throttled the same way.
    for (const address of ['198.51.100.1', '198.51.100.2', '198.51.100.3']) await attempt('nobody-at-all', 'x', address);
    expect((await attempt('nobody-at-all', 'x', '198.51.100.4')).statusCode).toBe(429);

    // Per address: ten free failures across any names (the eleventh starts the delays), then delays for every name from there.
    for (let i = 0; i < 11; i++) await attempt(`guess-${i}`, 'x', '203.0.113.9');
    expect((await attempt(account.name, account.password, '203.0.113.9')).statusCode).toBe(429);
    expect((await attempt(account.name, account.password, '203.0.113.10')).statusCode).toBe(201);
  });

  it('keeps an account open to its owner’s browser while an attacker elsewhere fails at it, and names a disabled account only to the right password', async () => {
    const account = await loginSession(t, 'monitor');
    const attempt = (password: string, address: string, cookie?: string) =>
      t.app.inject({ method: 'POST', url: '/api/v1/session', payload: { name: account.name, password }, remoteAddress: address, ...(cookie ? { headers: { cookie } } : {}) });
    const good = await attempt(account.password, '192.0.2.77');
    expect(good.statusCode).toBe(201);
    const device = [good.headers['set-cookie']].flat().map(String).find((c) => c.startsWith('truce_device='))!;
    expect(device).toMatch(/^truce_device=device_[\w-]{43}; /);
    expect(device).toContain('HttpOnly');
    expect(device).toContain('Path=/api/v1/session');
    const cookie = device.split(';')[0]!;

    for (let i = 0; i < 8; i++) await attempt('a guess', `198.51.100.${100 + i}`);
    expect((await attempt(account.password, '198.51.100.120')).statusCode).toBe(429);
    expect((await attempt(account.password, '192.0.2.77', cookie)).statusCode).toBe(201);

    const admin = await loginAs(t, 'admin');
    expect((await api.post(`/api/v1/users/${account.userId}/disable`, undefined, admin.headers)).status).toBe(200);
    const wrong = await attempt('a guess', '192.0.2.77', cookie);
    expect(wrong.json().message).toBe('the name or the password is wrong');
    const disabled = await attempt(account.password, '192.0.2.77', cookie);
    expect(disabled.statusCode).toBe(401);
    expect(disabled.json().message).toMatch(/disabled/);
  });

  it('limits the size of a login body', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/session', payload: { name: 'x', password: 'y'.repeat(10_000) } });
    expect(res.statusCode).toBe(413);
    expect(res.json().error).toBe('payload_too_large');
  });
});
