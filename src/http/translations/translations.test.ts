import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_IDS, loadDemoScenario } from '../../demo/load-demo-scenario.js';
import { auditLog } from '../../services/log/audit-log.js';
import { databaseAuditHooks } from '../../services/log/database-audit-hooks.js';
import { databaseLogSource } from '../../services/log/database-log-source.js';
import { KnownLogs } from '../../services/log/known-logs.js';
import { apiClient } from '../../../test/support/api-client.js';
import { loggedEvents } from '../../../test/support/logged-events.js';
import { loginAs, type TestAccount } from '../../../test/support/login-as.js';
import { recordCounts } from '../../../test/support/record-counts.js';
import { startTestTruce, type TestTruce } from '../../../test/support/start-test-truce.js';
import { testDatabases, type TestDatabase } from '../../../test/support/test-databases.js';

interface TranslationItem {
  id: string;
  record_kind: string;
  record_id: string;
  field: string;
  part: string;
  lang: string;
  text: string;
  unofficial: boolean;
}

describe.each(testDatabases())('translations API on $name', (factory) => {
  let database: TestDatabase;
  let t: TestTruce;
  let mediator: TestAccount;
  let verifier: TestAccount;
  const configDir = mkdtempSync(join(tmpdir(), 'truce-translations-'));

  beforeAll(async () => {
    database = await factory.create();
    t = await startTestTruce(database);
    await loadDemoScenario(t.truce.runner);
    mediator = await loginAs(t, 'mediator');
    verifier = await loginAs(t, 'verifier');
  });

  afterAll(async () => {
    await t?.close();
    await database?.dispose();
    rmSync(configDir, { recursive: true, force: true });
  });

  const publicApi = () => apiClient(t.app);

  it('gives the public every demo text in Ukrainian and Russian, marked unofficial, and no quotation', async () => {
    for (const [lang, russia] of [['uk', 'Росія'], ['ru', 'Россия']] as const) {
      const res = await publicApi().get(`/api/v1/translations?lang=${lang}`);
      expect(res.status).toBe(200);
      const items = res.body.items as TranslationItem[];
      expect(items.find((i) => i.record_id === DEMO_IDS.russia)).toMatchObject({ record_kind: 'party', field: 'name', text: russia, unofficial: true });
      expect(items.filter((i) => i.field === 'condition')).toHaveLength(7);
      expect(items.every((i) => i.lang === lang && i.unofficial)).toBe(true);
      // Russia's statement is a quotation: it stays as the source printed it.
      expect(items.some((i) => i.record_id === `${DEMO_IDS.agreement}-position-russia` && i.field === 'statement')).toBe(false);
    }
    expect((await publicApi().get('/api/v1/translations?lang=en')).body.items).toEqual([]);
  });

  it('lets the mediator correct a translation, logged once, and the same text again logs nothing', async () => {
    const api = apiClient(t.app, mediator.headers);
    const body = { record_kind: 'agreement', record_id: DEMO_IDS.agreement, field: 'title', lang: 'uk', text: 'Тридцятиденне припинення вогню, запропоноване США', unofficial: false };
    const first = await api.post('/api/v1/translations', body);
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    expect(first.body).toMatchObject({ text: body.text, unofficial: false, part: '' });
    const events = await loggedEvents(t, first.body.id);
    const before = await recordCounts(t.truce);
    const again = await api.post('/api/v1/translations', body);
    expect(again.body.log_index).toBe(first.body.log_index);
    expect(await recordCounts(t.truce)).toEqual(before);
    expect(await loggedEvents(t, first.body.id)).toEqual(events);
    expect(events).toEqual(['translation.created', 'translation.updated']);
  });

  it('lets only those who may edit a record translate it', async () => {
    const term = { record_kind: 'term', record_id: `${DEMO_IDS.agreement}-T2`, field: 'text', lang: 'ru', text: 'Без мобилизации.', unofficial: true };
    expect((await publicApi().post('/api/v1/translations', term)).status).toBe(401);
    const refused = await apiClient(t.app, verifier.headers).post('/api/v1/translations', term);
    expect(refused.status).toBe(403);
    expect(refused.body.message).toContain('term.update');
  });

  it('refuses bad input naming the field, and writes nothing', async () => {
    const api = apiClient(t.app, mediator.headers);
    const before = await recordCounts(t.truce);
    const base = { record_kind: 'party', record_id: DEMO_IDS.ukraine, field: 'name', lang: 'uk', text: 'Україна', unofficial: true };
    const cases: [Record<string, unknown>, string, string][] = [
      [{ ...base, field: 'aliases' }, 'field', 'not_translatable'],
      [{ ...base, record_id: 'party-atlantis' }, 'record_id', 'unknown_reference'],
      [{ ...base, lang: 'de' }, 'lang', 'invalid_value'],
      [{ ...base, record_kind: 'report' }, 'record_kind', 'invalid_value'],
      [{ ...base, text: '   ' }, 'text', 'too_small'],
      [{ ...base, record_kind: 'position', record_id: `${DEMO_IDS.agreement}-position-russia`, field: 'condition' }, 'part', 'not_translatable'],
      [{ ...base, record_kind: 'position', record_id: `${DEMO_IDS.agreement}-position-russia`, field: 'condition', part: 'no-such-condition' }, 'part', 'unknown_reference'],
      [{ ...base, part: 'x' }, 'field', 'not_translatable'],
    ];
    for (const [body, path, code] of cases) {
      const res = await api.post('/api/v1/translations', body);
      expect(res.status, JSON.stringify(res.body)).toBe(400);
      expect(res.body.details, JSON.stringify(body)).toEqual(expect.arrayContaining([expect.objectContaining({ path, code })]));
    }
    expect((await publicApi().get('/api/v1/translations?lang=fr')).status).toBe(400);
    expect(await recordCounts(t.truce)).toEqual(before);
  });

  it('keeps a log that verifies with its translations', async () => {
    await t.truce.log.signCheckpoint();
    const db = t.truce.database.db;
    const verdict = await auditLog(databaseLogSource(db, 'test'), { known: new KnownLogs(join(configDir, 'known.json')), now: () => new Date(), ...databaseAuditHooks(db) });
    expect(verdict.size).toBeGreaterThan(40);
  });
});
