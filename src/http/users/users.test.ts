import { expectDisclosed } from '../../../test/support/expect-disclosed.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiClient } from '../../../test/support/api-client.js';
import { loginAs, type TestAccount } from '../../../test/support/login-as.js';
import { loginSession } from '../../../test/support/login-session.js';
import { startTestTruce, type TestTruce } from '../../../test/support/start-test-truce.js';
import { testDatabases, type TestDatabase } from '../../../test/support/test-databases.js';

describe.each(testDatabases())('user and token administration on $name', (factory) => {
  let database: TestDatabase;
  let t: TestTruce;
  let admin: TestAccount;
  let api: ReturnType<typeof apiClient>;

  beforeAll(async () => {
    database = await factory.create();
    t = await startTestTruce(database);
    admin = await loginAs(t, 'admin');
    api = apiClient(t.app, admin.headers);
  });

  afterAll(async () => {
    await t?.close();
    await database?.dispose();
  });

  const entriesFor = async (id: string) =>
    (await t.truce.database.db.selectFrom('log_entries').select(['entry', 'type']).where('record_id', '=', id).orderBy('idx').execute()).map((row) => ({
      type: row.type,
      text: row.entry,
      entry: JSON.parse(row.entry),
    }));

  it('logs who created, reset and disabled a user, never a password, a hash or the login name', async () => {
    const created = await api.post('/api/v1/users', { name: 'olena.field-monitor', role: 'monitor' });
    expect(created.status).toBe(201);
    expect(created.body.password).toMatch(/^\S{20,}$/);
    const id = created.body.user.id;
    const reset = await api.post(`/api/v1/users/${id}/reset-password`, { password: 'a chosen passphrase' });
    expect(reset.body.password).toBeNull();
    await api.post(`/api/v1/users/${id}/disable`);

    const entries = await entriesFor(id);
    expect(entries.map((e) => e.type)).toEqual(['user.created', 'user.password_reset', 'user.disabled']);
    for (const { entry, text } of entries) {
      expect(entry.actor).toBe(admin.actorId);
      expect(entry.data).toMatchObject({ clear: { account: { role: 'monitor' } }, sealed: { name: expect.stringMatching(/^[0-9a-f]{64}$/) } });
      expect(entry.data.clear).not.toHaveProperty('name');
      expect(text).not.toContain('olena');
      expect(text).not.toContain(created.body.password);
      expect(text).not.toContain('a chosen passphrase');
      expect(text).not.toMatch(/scrypt|password_hash|withheld_salt/);
    }
    const listed = await api.get('/api/v1/users');
    const user = listed.body.items.find((u: { id: string }) => u.id === id);
    expect(user).toMatchObject({ name: 'olena.field-monitor', disabled: true });
    // The administrator is given the salt that opens the name's commitment, never a hash.
    await expectDisclosed(t, user);
    expect(JSON.stringify(listed.body)).not.toMatch(/scrypt|password_hash|token_hash/);
  });

  it('enables a disabled account again: its login works anew, and the change is logged', async () => {
    const created = await api.post('/api/v1/users', { name: 'mistakenly-disabled', role: 'verifier', password: 'a long enough passphrase' });
    const id = created.body.user.id;
    const login = () => t.app.inject({ method: 'POST', url: '/api/v1/session', payload: { name: 'mistakenly-disabled', password: 'a long enough passphrase' } });
    expect((await login()).statusCode).toBe(201);
    await api.post(`/api/v1/users/${id}/disable`);
    expect((await login()).statusCode).toBe(401);

    const enabled = await api.post(`/api/v1/users/${id}/enable`);
    expect(enabled.status).toBe(200);
    expect(enabled.body).toMatchObject({ id, disabled: false, role: 'verifier' });
    expect((await login()).statusCode).toBe(201);
    // Enabling an account that is already enabled changes nothing and logs nothing.
    expect((await api.post(`/api/v1/users/${id}/enable`)).body.log_index).toBe(enabled.body.log_index);
    expect((await entriesFor(id)).map((e) => e.type)).toEqual(['user.created', 'user.disabled', 'user.enabled']);
    expect((await api.post('/api/v1/users/nope/enable')).status).toBe(404);
    expect((await api.post(`/api/v1/users/${id}/enable`, { role: 'admin' })).status).toBe(400);
  });

  it('binds a liaison to one existing party, and refuses unknown fields and weak passwords', async () => {
    const party = await loginAs(t, 'mediator').then((m) => apiClient(t.app, m.headers).post('/api/v1/parties', { name: 'Ukraine', kind: 'state' }));
    expect((await api.post('/api/v1/users', { name: 'liaison-ua', role: 'liaison', party_id: party.body.id })).status).toBe(201);
    expect((await api.post('/api/v1/users', { name: 'liaison-x', role: 'liaison' })).body.details[0].path).toBe('party_id');
    expect((await api.post('/api/v1/users', { name: 'liaison-y', role: 'liaison', party_id: 'nope' })).body.details[0].path).toBe('party_id');
    expect((await api.post('/api/v1/users', { name: 'mon', role: 'monitor', party_id: party.body.id })).body.details[0].path).toBe('party_id');
    expect((await api.post('/api/v1/users', { name: 'x', role: 'monitor', is_admin: true })).body.details[0]).toMatchObject({ path: 'is_admin' });
    expect((await api.post('/api/v1/users', { name: 'x', role: 'monitor', password: 'short' })).body.details[0].path).toBe('password');
    expect((await api.post('/api/v1/users', { name: 'has space', role: 'monitor' })).body.details[0].path).toBe('name');
    expect((await api.post('/api/v1/users', { name: 'liaison-ua', role: 'monitor' })).status).toBe(409);
  });

  it('lets each account make and revoke its own tokens, the administrator list and revoke anyone’s and mint none for others, and logs each with the secret never shown again', async () => {
    const owner = await loginSession(t, 'monitor');
    const other = await loginSession(t, 'verifier');
    const mine = apiClient(t.app, owner.headers);
    // The administrator could once mint tokens for two verifiers and verify an incident alone.
    const minted = await api.post('/api/v1/tokens', { user_id: other.userId, name: 'not yours' });
    expect(minted.status).toBe(403);
    expect(minted.body.message).toMatch(/another account/);
    expect((await mine.post('/api/v1/tokens', { user_id: other.userId, name: 'not yours' })).status).toBe(403);

    const created = await mine.post('/api/v1/tokens', { name: 'Kharkiv camera 3', scopes: ['agreement.read', 'token.create'], expires_in_days: 30 });
    expect(created.status).toBe(201);
    expect(created.body.secret).toMatch(/^truce_[\w-]{43}$/);
    expect(created.body.token).toMatchObject({ user_id: owner.userId, role: 'monitor', scopes: ['agreement.read', 'token.create'], revoked_at: null, created_by: `user:${owner.userId}` });
    const id = created.body.token.id;
    // A scoped token makes no token that may do more than itself.
    const scoped = apiClient(t.app, { authorization: `Bearer ${created.body.secret}` });
    expect((await scoped.post('/api/v1/tokens', { name: 'wider' })).status).toBe(403);
    expect((await scoped.post('/api/v1/tokens', { name: 'same', scopes: ['agreement.read'] })).status).toBe(201);

    // Another account neither lists nor revokes it; the administrator does both.
    const theirs = apiClient(t.app, other.headers);
    expect((await theirs.get(`/api/v1/tokens?user_id=${owner.userId}`)).status).toBe(403);
    expect((await theirs.get('/api/v1/tokens')).body.items).toEqual([]);
    expect((await theirs.post(`/api/v1/tokens/${id}/revoke`)).status).toBe(403);
    expect((await mine.get('/api/v1/tokens')).body.items.map((i: { name: string }) => i.name).sort()).toEqual(['Kharkiv camera 3', 'same']);
    expect((await api.get('/api/v1/tokens')).body.items.map((i: { id: string }) => i.id)).toContain(id);
    await api.post(`/api/v1/tokens/${id}/revoke`);
    const again = await mine.post(`/api/v1/tokens/${id}/revoke`);
    expect(again.status).toBe(200);
    expect(again.body.revoked_at).not.toBeNull();

    const entries = await entriesFor(id);
    expect(entries.map((e) => e.type)).toEqual(['api_token.created', 'api_token.revoked']);
    for (const { text } of entries) {
      expect(text).not.toContain(created.body.secret);
      expect(text).not.toContain('Kharkiv');
      expect(text).not.toMatch(/token_hash/);
    }
    expect(entries[1]!.entry.actor).toBe(admin.actorId);
    const listed = await api.get('/api/v1/tokens');
    expect(JSON.stringify(listed.body)).not.toContain(created.body.secret);
    expect((await api.post('/api/v1/tokens/nope/revoke')).status).toBe(404);
    expect((await mine.post('/api/v1/tokens', { name: 'x', expires_in_days: 400 })).body.details[0].path).toBe('expires_in_days');
  });
});
