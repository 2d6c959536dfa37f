import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountToken } from '../support/account-token.js';
import { multipart, MULTIPART_TYPE } from '../support/multipart.js';
import { seriousAxeViolations } from '../support/run-axe.js';
import { browserUnavailable } from '../support/start-browser.js';
import { DESK_SCREENSHOTS, open, signIn, signOut, startDesk, type Desk } from './desk-fixture.js';

const unavailable = browserUnavailable();
const DESKTOP = { width: 1400, height: 900 };
const PHONE = { width: 390, height: 844 };
const WEAPON = '152 mm self-propelled howitzer';
const SOURCE = 'Mission team 7';
const PIXEL = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
// One pixel, with a byte after its end that image readers skip: two files, two SHA-256s.
const png = (fill: number) => Buffer.concat([PIXEL, Buffer.from([fill])]);

describe.skipIf(unavailable !== null)('the incident page’s casework in Chromium: reports shown back, evidence released, the list’s view in the address', () => {
  let desk: Desk;
  let monitor: string;
  let incidentId = '';
  let reportId = '';
  const evidenceIds: string[] = [];

  const api = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${desk.server.origin}/api/v1${path}`, {
      method,
      headers: { authorization: monitor, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };
  const evidenceState = async () => ((await api('GET', `/incidents/${incidentId}`)).body['evidence'] as { id: string; public: boolean; releasable_to_parties: boolean }[]).filter((e) => evidenceIds.includes(e.id));
  const setLanguage = async (lang: string) => {
    await desk.page.evaluate(`window.localStorage.setItem('truce.language', ${JSON.stringify(lang)})`);
    await desk.page.reload();
    await desk.page.locator('main h1').first().waitFor();
  };
  const ourReport = () => desk.page.locator('#reports-heading + .table-scroll tbody tr', { hasText: WEAPON });
  const releaseGroup = (name: string) => desk.page.getByRole('group', { name: new RegExp(name) });

  beforeAll(async () => {
    desk = await startDesk();
    await desk.page.setViewportSize(DESKTOP);
    ({ authorization: monitor } = await accountToken(desk.server.truce, 'monitor'));
    const source = await api('POST', '/sources', { name: SOURCE, type: 'monitor_team', affiliation: null, default_reliability: 'B' });
    expect(source.status).toBe(201);
    const report = await api('POST', '/reports', {
      kind: 'shelling',
      observed_at: { start: '2025-03-14T06:30:00Z' },
      time_precision: 'day',
      point: { latitude: 50.9077, longitude: 34.7981 },
      geo_precision: 'near',
      source_id: source.body['id'],
      channel: 'monitor',
      credibility: 2,
      count: 7,
      weapon: WEAPON,
      casualties: { civilian_killed: 1, civilian_injured: 3, military_killed: null, military_injured: 2 },
      narrative: 'Seven impacts on the northern edge of the town.',
    });
    expect(report.status, JSON.stringify(report.body)).toBe(201);
    incidentId = String(report.body['incident_id']);
    reportId = String(report.body['id']);
    for (const [name, fill] of [
      ['crater.png', 1],
      ['fragment.png', 2],
    ] as const) {
      const response = await fetch(`${desk.server.origin}/api/v1/reports/${reportId}/evidence`, {
        method: 'POST',
        headers: { authorization: monitor, 'content-type': MULTIPART_TYPE },
        body: multipart([{ name: 'file', filename: name, content: png(fill) }]),
      });
      expect(response.status).toBe(201);
      evidenceIds.push(((await response.json()) as { items: { id: string }[] }).items[0]!.id);
    }
  }, 120_000);

  afterAll(async () => {
    await desk?.close();
  });

  it('shows each report’s count, weapon, casualties, source and grade, and its time and place precision, in English, Ukrainian and Russian', async () => {
    const { page } = desk;
    await signIn(desk, 'demo-verifier-1');
    await open(desk, `/incidents/${incidentId}`);
    await expect.poll(() => ourReport().count()).toBe(1);
    // Source names arrive after the incident: wait for them before reading the row.
    await expect.poll(() => ourReport().innerText()).toContain(SOURCE);
    const row = await ourReport().innerText();
    for (const text of ['Count: 7', `Weapon: ${WEAPON}`, 'Casualties: civilians killed 1, civilians injured 3, military injured 2', SOURCE, 'Grade: B2', 'time: to the day', 'place: near', 'Affiliation: independent'])
      expect(row).toContain(text);
    // A tally left blank is not shown as a zero.
    expect(row).not.toContain('military killed');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${DESK_SCREENSHOTS}/incident-casework-desktop.png`, fullPage: true });
    await page.setViewportSize(PHONE);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${DESK_SCREENSHOTS}/incident-casework-phone.png`, fullPage: true });
    await page.setViewportSize(DESKTOP);

    try {
      await setLanguage('uk');
      await expect.poll(() => ourReport().innerText()).toContain('Кількість: 7');
      expect(await ourReport().innerText()).toContain(`Озброєння: ${WEAPON}`);
      expect(await ourReport().innerText()).toContain('Втрати: загинуло цивільних 1, поранено цивільних 3, поранено військових 2');
      expect(await ourReport().innerText()).toContain('Оцінка: B2');
      await page.screenshot({ path: `${DESK_SCREENSHOTS}/incident-casework-uk.png`, fullPage: true });
      await setLanguage('ru');
      await expect.poll(() => ourReport().innerText()).toContain('Количество: 7');
      expect(await ourReport().innerText()).toContain('Потери: погибло гражданских 1, ранено гражданских 3, ранено военных 2');
      expect(await page.locator('#reports-heading + .table-scroll thead').textContent()).toContain('Источник');
    } finally {
      await setLanguage('en');
    }
  });

  it('lets a verifier release evidence to the parties and then to the public, each after a confirmation that can be cancelled', async () => {
    const { page } = desk;
    const crater = releaseGroup('crater.png');
    await expect.poll(() => crater.innerText()).toContain('Released: to the mission only');
    await crater.getByRole('button', { name: 'Release to the parties' }).click();
    await expect.poll(() => crater.innerText()).toContain('Release this evidence to the parties concerned?');
    // The confirmation takes the focus from the button that gave way to it.
    expect(await page.evaluate('document.activeElement?.textContent')).toBe('Confirm');
    await crater.getByRole('button', { name: 'Cancel' }).click();
    expect((await evidenceState()).map((e) => [e.public, e.releasable_to_parties])).toEqual([
      [false, false],
      [false, false],
    ]);

    await crater.getByRole('button', { name: 'Release to the parties' }).click();
    await crater.getByRole('button', { name: 'Confirm' }).click();
    await expect.poll(() => crater.getByRole('status').innerText()).toBe('Released to the parties concerned.');
    expect(await crater.innerText()).toContain('Released: to the parties concerned');
    expect((await evidenceState()).find((e) => e.id === evidenceIds[0])).toMatchObject({ public: false, releasable_to_parties: true });
    expect(await crater.getByRole('button', { name: 'Release to the parties' }).count()).toBe(0);

    await crater.getByRole('button', { name: 'Make public' }).click();
    await expect.poll(() => crater.innerText()).toContain('Make this evidence public?');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await crater.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${DESK_SCREENSHOTS}/incident-evidence-confirm-desktop.png` });
    await crater.getByRole('button', { name: 'Confirm' }).click();
    await expect.poll(() => crater.getByRole('status').innerText()).toContain('Made public');
    expect((await evidenceState()).find((e) => e.id === evidenceIds[0])).toMatchObject({ public: true, releasable_to_parties: true });
    expect(await crater.getByRole('button').count()).toBe(0);
    await page.setViewportSize(PHONE);
    await crater.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${DESK_SCREENSHOTS}/incident-evidence-released-phone.png` });
    await page.setViewportSize(DESKTOP);
    // A reload shows what the server recorded.
    await page.reload();
    await expect.poll(() => releaseGroup('crater.png').innerText()).toContain('Released: to the public once the incident is published');
    await signOut(desk);
  });

  it('offers no release to a monitor, whom the server refuses too', async () => {
    await signIn(desk, 'demo-monitor');
    await open(desk, `/incidents/${incidentId}`);
    const fragment = releaseGroup('fragment.png');
    await expect.poll(() => fragment.innerText()).toContain('Released: to the mission only');
    expect(await desk.page.locator('.evidence-release button').count()).toBe(0);
    const refused = await api('POST', `/reports/${reportId}/evidence/${evidenceIds[1]}/release`, { release: 'public' });
    expect(refused.status).toBe(403);
    await signOut(desk);
  });

  it('shows the server’s refusal to a mediator in the reader’s language, and changes nothing', async () => {
    const { page } = desk;
    await signIn(desk, 'demo-mediator');
    await open(desk, `/incidents/${incidentId}`);
    await setLanguage('uk');
    try {
      const fragment = releaseGroup('fragment.png');
      await fragment.getByRole('button', { name: 'Надати сторонам' }).click();
      await expect.poll(() => fragment.innerText()).toContain('Надати цей доказ причетним сторонам?');
      // The session ends on the server's side before the mediator confirms: the server refuses.
      await desk.browser.context.clearCookies();
      await fragment.getByRole('button', { name: 'Підтвердити' }).click();
      await expect.poll(() => fragment.getByRole('alert').innerText()).toBe('Відмовлено: Будь ласка, увійдіть.');
      expect(await fragment.innerText()).toContain('Доступ: лише для місії');
      expect((await evidenceState()).find((e) => e.id === evidenceIds[1])).toMatchObject({ public: false, releasable_to_parties: false });
      expect(await seriousAxeViolations(page)).toEqual([]);
      await fragment.scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${DESK_SCREENSHOTS}/incident-evidence-refused-uk.png` });
    } finally {
      await setLanguage('en');
    }
  });

  it('keeps the incident list’s filters in the address, so a reload or a shared link shows the same view', async () => {
    const { page } = desk;
    await open(desk, '/incidents');
    const rows = page.locator('main table tbody tr');
    await expect.poll(() => rows.count()).toBeGreaterThan(0);
    const all = await rows.count();
    await page.getByLabel('Attributed to').selectOption({ label: 'Russia' });
    await page.getByLabel('Kind').selectOption('shelling');
    await expect.poll(() => new URL(page.url()).search).toBe('?kind=shelling&party=party-russia');
    // Signed out, the list is the public's: what the API answers the public for the same filters.
    const answer = await fetch(`${desk.server.origin}/api/v1/incidents?kind=shelling&party=party-russia&limit=500`);
    // The list shows its first page of 50.
    const filtered = Math.min(((await answer.json()) as { items: unknown[] }).items.length, 50);
    expect(filtered).toBeGreaterThan(0);
    expect(filtered).toBeLessThan(all);
    await expect.poll(() => rows.count()).toBe(filtered);

    await page.reload();
    await page.locator('main h1').first().waitFor();
    // The party's option appears once the parties have loaded, after the heading.
    await expect.poll(() => page.getByLabel('Attributed to').inputValue()).toBe('party-russia');
    expect(await page.getByLabel('Kind').inputValue()).toBe('shelling');
    await expect.poll(() => rows.count()).toBe(filtered);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${DESK_SCREENSHOTS}/incident-list-filtered-desktop.png` });
    await page.setViewportSize(PHONE);
    await page.screenshot({ path: `${DESK_SCREENSHOTS}/incident-list-filtered-phone.png` });
    await page.setViewportSize(DESKTOP);

    // Back to any: the address loses the filter.
    await page.getByLabel('Kind').selectOption({ label: 'Any' });
    await expect.poll(() => new URL(page.url()).search).toBe('?party=party-russia');

    // A shared link: what is understood is applied, the rest left out.
    await open(desk, '/incidents?party=party-russia&kind=shelling&status=nonsense');
    expect(await page.getByLabel('Status').inputValue()).toBe('');
    await expect.poll(() => rows.count()).toBe(filtered);
    expect(desk.problems).toEqual([]);
  });
});
