import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs, type TestAccount } from '../../test/support/login-as.js';
import { startTestTruce, type TestTruce } from '../../test/support/start-test-truce.js';
import { testDatabases, type TestDatabase } from '../../test/support/test-databases.js';

/** Every detail carries a code and params a client translates; the English message stays beside them. */
describe.each(testDatabases())('error details on $name', (factory) => {
  let database: TestDatabase;
  let t: TestTruce;
  let admin: TestAccount;

  beforeAll(async () => {
    database = await factory.create();
    t = await startTestTruce(database);
    admin = await loginAs(t, 'admin');
  });

  afterAll(async () => {
    await t?.close();
    await database?.dispose();
  });

  const post = (url: string, payload: unknown) => t.app.inject({ method: 'POST', url, payload: payload as object, headers: admin.headers });

  it('names the zod issue code with its bounds as params', async () => {
    const res = await post('/api/v1/users', { name: 'someone', role: 'monitor', password: 'short' });
    expect(res.statusCode).toBe(400);
    expect(res.json().details).toEqual([{ path: 'password', message: 'must be at least 12 characters', code: 'too_small', params: { origin: 'string', minimum: 12, inclusive: 'true' } }]);
  });

  it('names unknown fields and bad enum values with their keys and values', async () => {
    const unknown = await post('/api/v1/users', { name: 'someone', role: 'monitor', colour: 'red' });
    expect(unknown.json().details[0]).toMatchObject({ path: 'colour', code: 'unrecognized_keys', params: { keys: 'colour' } });
    const role = await post('/api/v1/users', { name: 'someone', role: 'general' });
    expect(role.json().details[0]).toMatchObject({ path: 'role', code: 'invalid_value', params: { values: expect.stringContaining('liaison') } });
  });

  it('gives a refinement its own code', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/control?at=yesterday' });
    expect(res.statusCode).toBe(400);
    expect(res.json().details[0]).toMatchObject({ path: 'query.at', code: 'invalid_date_time', params: {} });
  });

  it('gives a domain refusal its reason, and an unknown reference its resource and id', async () => {
    const liaison = await post('/api/v1/users', { name: 'liaison-x', role: 'liaison' });
    expect(liaison.statusCode).toBe(400);
    expect(liaison.json()).toMatchObject({ error: 'invalid_input', details: [{ path: 'party_id', message: 'a liaison is bound to one party', code: 'liaison_needs_party', params: {} }] });
    const party = await post('/api/v1/users', { name: 'liaison-y', role: 'liaison', party_id: 'nope' });
    expect(party.json().details[0]).toEqual({ path: 'party_id', message: 'unknown party nope', code: 'unknown_reference', params: { resource: 'party', id: 'nope' } });
  });

  it('gives a detail without a reason of its own its error’s default code', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/session', payload: '{"name":', headers: { 'content-type': 'application/json' } });
    expect(res.statusCode).toBe(400);
    expect(res.json().details[0]).toMatchObject({ path: 'body', code: expect.any(String), params: {} });
  });
});
