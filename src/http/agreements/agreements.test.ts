import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiClient } from '../../../test/support/api-client.js';
import { loginAs, type TestAccount } from '../../../test/support/login-as.js';
import { recordCounts } from '../../../test/support/record-counts.js';
import { startTestTruce, type TestTruce } from '../../../test/support/start-test-truce.js';
import { testDatabases, type TestDatabase } from '../../../test/support/test-databases.js';

describe.each(testDatabases())('agreements API on $name', (factory) => {
  let database: TestDatabase;
  let t: TestTruce;
  let api: ReturnType<typeof apiClient>;
  let mediator: TestAccount;
  const ids = { ru: '', ua: '', us: '' };

  beforeAll(async () => {
    database = await factory.create();
    t = await startTestTruce(database);
    mediator = await loginAs(t, 'mediator');
    api = apiClient(t.app, mediator.headers);
    for (const [key, name, kind] of [['ru', 'Russia', 'state'], ['ua', 'Ukraine', 'state'], ['us', 'United States', 'mediator']] as const) {
      const res = await api.post('/api/v1/parties', { name, kind });
      expect(res.status).toBe(201);
      ids[key] = res.body.id;
    }
  });

  afterAll(async () => {
    await t?.close();
    await database?.dispose();
  });

  async function newAgreement(extra: Record<string, unknown> = {}) {
    const res = await api.post('/api/v1/agreements', {
      title: '30-day ceasefire',
      kind: 'ceasefire',
      party_ids: [ids.ru, ids.ua],
      mediator_ids: [ids.us],
      duration_days: 30,
      citations: [{ source: 'The Moscow Times', published_at: '2025-03-13', quote: 'Ukraine agreed to a U.S.-brokered 30-day ceasefire' }],
      ...extra,
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body;
  }

  it('records an agreement as a draft, with its log index', async () => {
    const agreement = await newAgreement();
    expect(agreement).toMatchObject({ status: 'draft', duration_days: 30, party_ids: [ids.ru, ids.ua], mediator_ids: [ids.us], window: null });
    expect(agreement.log_index).toBeGreaterThanOrEqual(3);
    expect(agreement.parties.map((p: { role: string }) => p.role)).toEqual(expect.arrayContaining(['party', 'mediator']));
    const fetched = await api.get(`/api/v1/agreements/${agreement.id}`);
    expect(fetched.body.citations[0].quote).toContain('30-day ceasefire');
  });

  it('walks the lifecycle: proposed, conditions, in force, day N, extension, expiry by the clock', async () => {
    const agreement = await newAgreement();
    const url = `/api/v1/agreements/${agreement.id}`;
    expect((await api.post(`${url}/transitions`, { to: 'proposed' })).body.status).toBe('proposed');

    const term = await api.post(`${url}/terms`, { code: 'T1', text: 'Cease hostilities.', category: 'cessation_of_hostilities', applies_to: [ids.ru, ids.ua], proposed_by: ids.us, status: 'proposed' });
    expect(term.status).toBe(201);
    await api.post(`${url}/positions`, { party_id: ids.ua, stance: 'accepted', stated_at: '2025-03-11T00:00:00Z' });
    const ru = await api.post(`${url}/positions`, {
      party_id: ids.ru,
      stance: 'accepted_with_conditions',
      stated_at: '2025-03-13T10:00:00+03:00',
      conditions: [{ text: 'Control and verification', term_code: 'T1' }, { text: 'No weapons deliveries' }],
      citation: { source: 'The Moscow Times', published_at: '2025-03-13', quote: 'How will issues of control and verification be handled' },
    });
    expect(ru.status).toBe(201);
    expect(ru.body.stated_at).toBe('2025-03-13T07:00:00.000Z');
    expect(ru.body.conditions.map((c: { status: string }) => c.status)).toEqual(['open', 'open']);

    const refused = await api.post(`${url}/transitions`, { to: 'in_force', effective_at: '2025-03-13T00:00:00Z' });
    expect(refused.status).toBe(409);
    expect(refused.body.error).toBe('rule_violation');
    expect(refused.body.message).toContain(ids.ru);

    await api.post(`${url}/positions/${ru.body.id}/conditions/c1`, { status: 'met', note: 'monitoring mission agreed' });
    const waived = await api.post(`${url}/positions/${ru.body.id}/conditions/c2`, { status: 'waived' });
    expect(waived.body.conditions[1]).toMatchObject({ status: 'waived', resolved_by: mediator.actorId });

    const inForce = await api.post(`${url}/transitions`, { to: 'in_force', effective_at: '2025-03-13T00:00:00Z' });
    expect(inForce.status).toBe(201);
    expect(inForce.body).toMatchObject({ status: 'in_force', effective_at: '2025-03-13T00:00:00.000Z', expires_at: '2025-04-12T00:00:00.000Z' });
    expect(inForce.body.window).toMatchObject({ day: 1, of: 30 });

    t.clock.set('2025-03-17T12:00:00Z');
    expect((await api.get(url)).body.window.day).toBe(5);

    const noMutual = await api.post(`${url}/transitions`, { to: 'extended', expires_at: '2025-05-12T00:00:00Z', agreed_by: [ids.ua] });
    expect(noMutual.status).toBe(409);
    expect(noMutual.body.details[0].path).toBe('agreed_by');
    const extended = await api.post(`${url}/transitions`, { to: 'extended', expires_at: '2025-05-12T00:00:00Z', agreed_by: [ids.ru, ids.ua] });
    expect(extended.body).toMatchObject({ status: 'extended', expires_at: '2025-05-12T00:00:00.000Z' });
    expect(extended.body.extensions[0]).toMatchObject({ agreed_by: [ids.ru, ids.ua], recorded_by: mediator.actorId });

    t.clock.set('2025-05-12T00:00:00Z');
    const expired = await api.get(url);
    expect(expired.body).toMatchObject({ status: 'expired', recorded_status: 'extended', window: null });
    const late = await api.post(`${url}/transitions`, { to: 'collapsed', reason: 'too late' });
    expect(late.status).toBe(409);
    expect(late.body.message).toContain('expired');

    const transitions = await api.get(`${url}/transitions`);
    expect(transitions.body.items.map((x: { to_status: string }) => x.to_status)).toEqual(['proposed', 'in_force', 'extended']);
    t.clock.set('2025-03-13T12:00:00Z');
  });

  it('collapses an agreement in force, and refuses to revive it', async () => {
    const agreement = await newAgreement();
    const url = `/api/v1/agreements/${agreement.id}`;
    await api.post(`${url}/transitions`, { to: 'proposed' });
    await api.post(`${url}/positions`, { party_id: ids.ru, stance: 'accepted', stated_at: '2025-03-12T00:00:00Z' });
    await api.post(`${url}/positions`, { party_id: ids.ua, stance: 'accepted', stated_at: '2025-03-12T00:00:00Z' });
    expect((await api.post(`${url}/transitions`, { to: 'in_force' })).status).toBe(201);
    expect((await api.post(`${url}/transitions`, { to: 'collapsed' })).body.details[0].path).toBe('reason');
    expect((await api.post(`${url}/transitions`, { to: 'collapsed', reason: 'Shelling resumed' })).body.status).toBe('collapsed');
    const revive = await api.post(`${url}/transitions`, { to: 'in_force' });
    expect(revive.status).toBe(409);
    expect(revive.body.message).toMatch(/collapsed is final/);
    expect((await api.patch(url, { title: 'new' })).status).toBe(409);
  });

  it('refuses requests to expire by hand', async () => {
    const agreement = await newAgreement();
    const res = await api.post(`/api/v1/agreements/${agreement.id}/transitions`, { to: 'expired' });
    expect(res.status).toBe(400);
    expect(res.body.details[0].path).toBe('to');
  });

  describe('bad input: 400 naming the field, and nothing stored', () => {
    const cases: [string, Record<string, unknown>, string][] = [
      ['an unknown field', { colour: 'blue' }, 'colour'],
      ['a bad type', { title: 42 }, 'title'],
      ['a non-ISO-8601 date', { effective_at: '13/03/2025' }, 'effective_at'],
      ['a date without a zone', { effective_at: '2025-03-13T00:00:00' }, 'effective_at'],
      ['a fractional duration', { duration_days: 1.5 }, 'duration_days'],
      ['a zero duration', { duration_days: 0 }, 'duration_days'],
      ['a duration past 3650', { duration_days: 3651 }, 'duration_days'],
      ['a duration as a string', { duration_days: '30' }, 'duration_days'],
      ['an unknown kind', { kind: 'truce' }, 'kind'],
      ['an unknown party', { party_ids: ['no-such-party'] }, 'party_ids.0'],
      ['a bad citation date', { citations: [{ source: 'x', published_at: 'yesterday', quote: 'q' }] }, 'citations.0.published_at'],
    ];
    it.each(cases)('%s', async (_label, patch, path) => {
      const before = await recordCounts(t.truce);
      const res = await api.post('/api/v1/agreements', {
        title: 'x',
        kind: 'ceasefire',
        party_ids: [ids.ru, ids.ua],
        duration_days: 30,
        ...patch,
      });
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ error: expect.any(String), message: expect.any(String) });
      expect(res.body.details.map((d: { path: string }) => d.path)).toContain(path);
      expect(await recordCounts(t.truce)).toEqual(before);
    });

    it('a stance outside the enum', async () => {
      const agreement = await newAgreement();
      const before = await recordCounts(t.truce);
      const res = await api.post(`/api/v1/agreements/${agreement.id}/positions`, { party_id: ids.ru, stance: 'maybe', stated_at: '2025-03-13T00:00:00Z' });
      expect(res.status).toBe(400);
      expect(res.body.details[0].path).toBe('stance');
      expect(await recordCounts(t.truce)).toEqual(before);
    });

    it('a condition naming a term the agreement lacks', async () => {
      const agreement = await newAgreement();
      const before = await recordCounts(t.truce);
      const res = await api.post(`/api/v1/agreements/${agreement.id}/positions`, {
        party_id: ids.ru,
        stance: 'accepted_with_conditions',
        stated_at: '2025-03-13T00:00:00Z',
        conditions: [{ text: 'x', term_code: 'T9' }],
      });
      expect(res.status).toBe(400);
      expect(res.body.details[0].path).toBe('conditions.0.term_code');
      expect(await recordCounts(t.truce)).toEqual(before);
    });

    it('malformed JSON', async () => {
      const res = await t.app.inject({ method: 'POST', url: '/api/v1/agreements', payload: '{"title":', headers: { 'content-type': 'application/json', ...mediator.headers } });
      expect(res.statusCode).toBe(400);
      expect(res.json().details[0].path).toBe('body');
    });
  });

  it('answers 404 for unknown ids', async () => {
    for (const url of ['/api/v1/agreements/nope', '/api/v1/agreements/nope/terms', '/api/v1/agreements/nope/positions', '/api/v1/parties/nope']) {
      const res = await api.get(url);
      expect(res.status, url).toBe(404);
      expect(res.body.error).toBe('not_found');
    }
    expect((await api.post('/api/v1/agreements/nope/transitions', { to: 'proposed' })).status).toBe(404);
    const agreement = await newAgreement();
    expect((await api.post(`/api/v1/agreements/${agreement.id}/positions/nope/conditions/c1`, { status: 'met' })).status).toBe(404);
  });

  it('rejects duplicate term codes and party names with 409', async () => {
    const agreement = await newAgreement();
    const term = { code: 'T1', text: 'x', category: 'other', applies_to: [], status: 'agreed' };
    expect((await api.post(`/api/v1/agreements/${agreement.id}/terms`, term)).status).toBe(201);
    expect((await api.post(`/api/v1/agreements/${agreement.id}/terms`, term)).status).toBe(409);
    expect((await api.post('/api/v1/parties', { name: 'Russia', kind: 'state' })).status).toBe(409);
  });

  it('appends one log entry per change, in the same transaction', async () => {
    const before = await recordCounts(t.truce);
    const agreement = await newAgreement();
    const after = await recordCounts(t.truce);
    expect(after.log_entries).toBe(before.log_entries! + 1);
    expect(agreement.log_index).toBe(before.log_entries);
    const entry = await t.truce.database.db.selectFrom('log_entries').selectAll().where('idx', '=', agreement.log_index).executeTakeFirstOrThrow();
    expect(JSON.parse(entry.entry)).toMatchObject({ type: 'agreement.created', id: agreement.id, actor: mediator.actorId, data: { clear: { record: { title: '30-day ceasefire' } }, sealed: {} } });
  });

  it('answers an edit that changes nothing with the record as it is, writing nothing and appending no entry', async () => {
    const agreement = await newAgreement();
    const party = await api.post('/api/v1/parties', { name: 'Unchanged party', kind: 'state', aliases: ['UP'] });
    const before = await recordCounts(t.truce);
    for (const [url, body] of [
      [`/api/v1/agreements/${agreement.id}`, {}],
      [`/api/v1/agreements/${agreement.id}`, { title: agreement.title, kind: agreement.kind }],
      [`/api/v1/parties/${party.body.id}`, {}],
      [`/api/v1/parties/${party.body.id}`, { name: 'Unchanged party', aliases: ['UP'] }],
    ] as const) {
      const res = await api.patch(url, body);
      expect(res.status, `${url} ${JSON.stringify(res.body)}`).toBe(200);
      expect(res.body.log_index).toBe(url.includes('parties') ? party.body.log_index : agreement.log_index);
    }
    expect(await recordCounts(t.truce)).toEqual(before);
    const changed = await api.patch(`/api/v1/parties/${party.body.id}`, { aliases: ['UP', 'Unch.'] });
    expect(changed.body.log_index).toBeGreaterThan(party.body.log_index);
  });

  it('every response carries a request id, and errors use one shape', async () => {
    const res = await api.get('/api/v1/nowhere');
    expect(res.status).toBe(404);
    expect(res.headers['x-request-id']).toBeTruthy();
    expect(res.body).toEqual({ error: 'not_found', message: expect.any(String), details: [], request_id: res.headers['x-request-id'] });
  });
});
