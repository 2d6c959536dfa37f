import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { complianceFixture, type ComplianceFixture } from '../../../test/support/compliance-fixture.js';
import { shelling } from '../../../test/support/monitoring-fixtures.js';
import { PdfPrinter } from '../../daily-report/pdf-printer.js';
import { browserUnavailable } from '../../../test/support/start-browser.js';
import { startTestTruce, type TestTruce } from '../../../test/support/start-test-truce.js';
import { testDatabases, type TestDatabase } from '../../../test/support/test-databases.js';

const PUBLIC = { remoteAddress: '203.0.113.9' };

describe.each(testDatabases())('the daily report on $name', (factory) => {
  let database: TestDatabase;
  let t: TestTruce;
  let f: ComplianceFixture;

  beforeAll(async () => {
    database = await factory.create();
    t = await startTestTruce(database);
    f = await complianceFixture(t);
  }, 120_000);

  afterAll(async () => {
    await t?.close();
    await database?.dispose();
  });

  const get = (query: string, headers: Record<string, string> = {}) => t.app.inject({ method: 'GET', url: `/api/v1/agreements/${f.agreementId}/reports/daily?${query}`, headers, ...PUBLIC });

  // 14 March, by hand from the fixture: incidents 1, 21 (Kupiansk) and 31 (Sudzha) verified against Ukraine, and
  // access restriction 50 (Kupiansk) against Russia; on the 13th, explosions 0 and 10 (Kupiansk) and 30 and 40 (Sudzha), all Russia's.
  it('gives the day as JSON by default: per-region figures with the previous day, the detail, the annex and the tree head', async () => {
    const res = await get('date=2025-03-14');
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.agreement).toMatchObject({ id: f.agreementId, day: 2, of: 30 });
    expect(body.incidents_omitted).toBe(0);
    expect(body.regions).toEqual([
      { region: 'Kupiansk region (UA)', violations: 3, previous_day: 2, by_party: [{ party_id: f.parties.ru, count: 1 }, { party_id: f.parties.ua, count: 2 }] },
      { region: 'Sudzha region (RU)', violations: 1, previous_day: 2, by_party: [{ party_id: f.parties.ua, count: 1 }] },
    ]);
    expect(body.incidents).toHaveLength(3);
    expect(body.incidents[0]).toMatchObject({ region: 'Kupiansk region (UA)', attributed_party_id: f.parties.ua, terms: [] });
    expect(body.access_restrictions).toHaveLength(1);
    expect(body.annex).toEqual(expect.arrayContaining([{ party_id: f.parties.ua, kind: 'shelling', subtype: null, today: 3, cumulative: 3 }]));
    expect(body.series.filter((s: { date: string }) => s.date === '2025-03-14')).toEqual([
      { date: '2025-03-14', party_id: f.parties.ru, count: 1 },
      { date: '2025-03-14', party_id: f.parties.ua, count: 3 },
    ]);
    // The chart spans exactly the 30-day window from entry into force, and counts nothing after the report's day.
    expect(body.chart).toEqual({ from: '2025-03-13', to: '2025-04-11' });
    expect(body.series.every((s: { date: string }) => s.date >= body.chart.from && s.date <= '2025-03-14')).toBe(true);
    const log = await t.truce.database.db.selectFrom('log_entries').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    expect(body.checkpoint.size).toBe(Number(log.n));
  });

  it('gives self-contained HTML with the per-region figures and the checkpoint, under a CSP that allows only its stylesheet', async () => {
    const res = await get('date=2025-03-14&format=html');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.headers['content-security-policy']).toMatch(/^default-src 'none'; style-src 'sha256-/);
    expect(res.body).toMatch(/Kupiansk region \(UA\)<\/td><td class="n">1<\/td><td class="n">2<\/td><td class="n">3<\/td><td class="n">2<\/td>/);
    const size = (await get('date=2025-03-14')).json().checkpoint.size;
    expect(res.body).toContain(`size ${size}`);
    expect(res.body).toContain('truce verify');
    expect(res.body).not.toMatch(/<script|src="http/);
  });

  it('gives Markdown for Accept: text/markdown', async () => {
    const res = await get('date=2025-03-14', { accept: 'text/markdown' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('| Kupiansk region (UA) | 1 | 2 | 3 | 2 |');
  });

  it('gives the HTML and Markdown in Ukrainian and Russian by lang=, with kinds and dates in that language', async () => {
    for (const [lang, words] of [
      ['uk', ['Підсумок за регіонами', 'Обстріл', '14 березня 2025']],
      ['ru', ['Сводка по регионам', 'Обстрел', '14 марта 2025']],
    ] as const) {
      const html = await get(`date=2025-03-14&format=html&lang=${lang}`);
      expect(html.statusCode).toBe(200);
      expect(html.body).toContain(`<html lang="${lang}">`);
      for (const word of words) expect(html.body).toContain(word);
      expect(html.body.replace(/<[^>]+>/g, ' ')).not.toMatch(/\bshelling\b|Summary by region/);
      expect(Buffer.byteLength(html.body)).toBeLessThan(200_000);
      const md = await get(`date=2025-03-14&format=md&lang=${lang}`);
      for (const word of words) expect(md.body).toContain(word);
    }
  });

  it('prints the agreement’s title and the parties’ names in the reader’s language where they are translated', async () => {
    const translate = (record_kind: string, record_id: string, field: string, lang: string, text: string) =>
      f.api.post('/api/v1/translations', { record_kind, record_id, field, lang, text, unofficial: true }, f.mediator.headers);
    expect((await translate('party', f.parties.ua, 'name', 'uk', 'Україна')).status).toBe(200);
    expect((await translate('agreement', f.agreementId, 'title', 'uk', 'Припинення вогню')).status).toBe(200);
    const uk = await get('date=2025-03-14&format=html&lang=uk');
    expect(uk.body).toContain('Україна');
    expect(uk.body).toContain('<h1>Припинення вогню</h1>');
    expect((await get('date=2025-03-14&lang=uk')).json().parties.map((p: { name: string }) => p.name)).toContain('Україна');
    const en = await get('date=2025-03-14&format=html&lang=en');
    expect(en.body).not.toContain('Україна');
    expect(en.body).toContain('<h1>Compliance fixture ceasefire</h1>');
    // Russian has no translation yet: the original stands.
    expect((await get('date=2025-03-14&format=md&lang=ru')).body).toContain('Compliance fixture ceasefire');
  });

  it.skipIf(browserUnavailable() !== null)('prints the PDF in Chromium', async () => {
    const res = await get('date=2025-03-14&format=pdf');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    // Kept by its content: a new checkpoint does not render it again (Chromium stamps each PDF it makes with the time).
    t.clock.set(new Date(t.clock.now().getTime() + 5_000));
    await t.truce.log.signCheckpoint();
    const again = await get('date=2025-03-14&format=pdf');
    expect(again.rawPayload.equals(res.rawPayload)).toBe(true);
  });

  it('answers 503 with Retry-After once every rendering slot and queue place is taken', async () => {
    const kept = t.truce.pdfPrinter;
    const releases: (() => void)[] = [];
    t.truce.pdfPrinter = new PdfPrinter({ concurrency: 1, queue: 0, cached: 0 }, () => new Promise((resolve) => releases.push(() => resolve(Buffer.from('%PDF-held')))));
    try {
      const first = get('date=2025-03-16&format=pdf');
      await expect.poll(() => releases.length).toBe(1);
      const busy = await get('date=2025-03-17&format=pdf');
      expect(busy.statusCode).toBe(503);
      expect(Number(busy.headers['retry-after'])).toBeGreaterThan(0);
      expect(busy.json()).toMatchObject({ error: 'unavailable', message: expect.stringMatching(/PDFs/) });
      releases[0]!();
      expect((await first).statusCode).toBe(200);
    } finally {
      t.truce.pdfPrinter = kept;
    }
  });

  it('answers 503 in the error shape for a PDF where Chromium is missing', async () => {
    const before = process.env['TRUCE_CHROMIUM'];
    process.env['TRUCE_CHROMIUM'] = '/nonexistent/chromium';
    try {
      // Another day than the one printed above, which the printer keeps.
      const res = await get('date=2025-03-15&format=pdf');
      expect(res.statusCode).toBe(503);
      expect(res.json()).toMatchObject({ error: 'unavailable', message: expect.stringMatching(/PDF needs Chromium/) });
    } finally {
      if (before === undefined) delete process.env['TRUCE_CHROMIUM'];
      else process.env['TRUCE_CHROMIUM'] = before;
    }
  });

  it('answers 400 naming the field for a bad date or format, and 404 for an unknown agreement', async () => {
    for (const [query, field] of [
      ['date=2025-13-01', 'date'],
      ['', 'date'],
      ['date=2025-03-14&format=docx', 'format'],
      ['date=2025-03-14&lang=de', 'lang'],
    ] as const) {
      const res = await get(query);
      expect(res.statusCode, query).toBe(400);
      expect(res.json().details[0].path).toContain(field);
    }
    const unknown = await t.app.inject({ method: 'GET', url: '/api/v1/agreements/nope/reports/daily?date=2025-03-14', ...PUBLIC });
    expect(unknown.statusCode).toBe(404);
  });

  it('names no place of a location-sensitive report, as the public may not see it, while a plain one keeps its place', async () => {
    const day = '2025-03-25';
    const incidentOf = async (sensitive: boolean, hour: string) => {
      const filed = await f.api.post(
        '/api/v1/reports',
        shelling(f.sources.mission, { observed_at: { start: `${day}T${hour}:00:00Z` }, point: null, place: { geonames_id: 704508 }, agreement_id: f.agreementId, location_sensitive: sensitive }),
        f.monitor.headers,
      );
      expect(filed.status, JSON.stringify(filed.body)).toBe(201);
      const incidentId = (await f.api.get(`/api/v1/reports/${filed.body.id}`, f.verifier1.headers)).body.incident_id as string;
      const decision = { outcome: 'verified', rationale: 'Seen by the patrol.', credibility: 2, checks: [], attribution: { party_id: f.parties.ru, confidence: 'likely' } };
      const proposed = await f.api.post(`/api/v1/incidents/${incidentId}/decisions`, decision, f.verifier1.headers);
      expect(proposed.status, JSON.stringify(proposed.body)).toBe(201);
      expect((await f.api.post(`/api/v1/incidents/${incidentId}/decisions/${proposed.body.id}/approvals`, undefined, f.verifier2.headers)).status).toBe(201);
      return incidentId;
    };
    const sensitive = await incidentOf(true, '02');
    const plain = await incidentOf(false, '20');
    const body = (await get(`date=${day}`)).json();
    const shown = new Map((body.incidents as { id: string; place_name: string | null }[]).map((i) => [i.id, i.place_name]));
    expect(shown.get(plain)).toBe('Kupiansk');
    expect(shown.has(sensitive)).toBe(true);
    expect(shown.get(sensitive)).toBeNull();
  });
});
