import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousAxeViolations } from '../support/run-axe.js';
import { browserUnavailable } from '../support/start-browser.js';
import { DESK_SCREENSHOTS, open, signIn, signOut, startDesk, type Desk } from './desk-fixture.js';

const unavailable = browserUnavailable();
const PHONE = { width: 390, height: 844 };
const WIDE = { width: 1400, height: 900 };

/** An instant as a datetime-local field takes it: the reader's local time, to the minute. */
const localTime = (ms: number) => new Date(ms - new Date(ms).getTimezoneOffset() * 60_000).toISOString().slice(0, 16);

/** A ring around Sudzha whose last position is not its first. */
const OPEN_RING = { type: 'Polygon', coordinates: [[[35.2, 51.15], [35.35, 51.15], [35.35, 51.25], [35.2, 51.25]]] };
const SECTOR = { type: 'Polygon', coordinates: [[[35.2, 51.15], [35.35, 51.15], [35.35, 51.25], [35.2, 51.25], [35.2, 51.15]]] };

describe.skipIf(unavailable !== null)('control and the regrouping of incidents, in Chromium', () => {
  let desk: Desk;

  beforeAll(async () => {
    desk = await startDesk();
    await desk.page.setViewportSize(WIDE);
  }, 120_000);

  afterAll(async () => {
    await desk?.close();
  });

  /** Both sizes of the same page, full length. */
  const screenshots = async (name: string) => {
    const { page } = desk;
    await page.setViewportSize(WIDE);
    await page.screenshot({ path: `${DESK_SCREENSHOTS}/${name}-1400.png`, fullPage: true });
    await page.setViewportSize(PHONE);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${DESK_SCREENSHOTS}/${name}-390.png`, fullPage: true });
    await page.setViewportSize(WIDE);
  };

  it('offers the control page only to the roles that may record control', async () => {
    const { page } = desk;
    await signIn(desk, 'demo-monitor');
    expect(await page.getByRole('link', { name: 'Control', exact: true }).count()).toBe(0);
    await open(desk, '/control');
    expect(await page.getByRole('alert').innerText()).toBe('Refused: an account with the role monitor may not use this page.');
    await signOut(desk);
    // A mediator records control too, but does not regroup reports.
    await signIn(desk, 'demo-mediator');
    await page.getByRole('link', { name: 'Control', exact: true }).click();
    await page.getByRole('form', { name: 'Add an area' }).waitFor();
    const [incident] = (await page.evaluate(async () => (await (await fetch('/api/v1/incidents?limit=1')).json()) as { items: { id: string }[] })).items;
    await open(desk, `/incidents/${incident!.id}`);
    await page.locator('section[aria-labelledby="reports-heading"]').waitFor();
    expect(await page.locator('section[aria-labelledby="regroup-heading"]').count()).toBe(0);
    await signOut(desk);
  });

  it('records an assessment for Sudzha, lists it apart from the claim, and shows it on the map from its date', async () => {
    const { page } = desk;
    await signIn(desk, 'demo-verifier-1');
    await page.getByRole('link', { name: 'Control', exact: true }).click();
    await page.getByRole('form', { name: 'Record a claim or an assessment' }).waitFor();
    // Found by its heading's id, not its name: the test reads it in Ukrainian too.
    const form = page.locator('form[aria-labelledby="claim-heading"]');
    // The demo's claim is listed as a claim.
    const recent = page.locator('section[aria-labelledby="recent-heading"] table');
    await expect.poll(() => recent.locator('tbody tr').first().innerText()).toMatch(/^Sudzha\s+Claim\s+Controlled by Russia\s+Russia\s+Russian Defense Ministry/);

    await form.getByRole('button', { name: 'Record' }).click();
    await expect.poll(() => form.locator('.field-error').allInnerTexts()).toEqual(['Choose a place from the gazetteer, or an area.', 'Choose one of the options.', 'Choose one of the options.', 'Required.', 'Required.']);
    await form.getByLabel('Search the gazetteer').fill('Sudzha');
    await form.getByRole('button', { name: 'Search', exact: true }).click();
    await form.getByRole('button', { name: /^Use Sudzha/ }).first().click();
    expect(await form.locator('.chosen-place').innerText()).toBe('Place: Sudzha');
    await form.getByLabel('Basis *').selectOption('assessed');
    await form.getByLabel('Control *').selectOption('controlled_by');
    await form.getByLabel('Held by').selectOption({ label: 'Russia' });
    await form.getByLabel('Source *').fill('Mission patrol team');
    // Tomorrow: the contract takes it, the server refuses it, in the reader's words beside the field.
    await form.getByLabel('As of *').fill(localTime(Date.now() + 86_400_000));
    await expect.poll(() => form.locator('.field-error').count()).toBe(0);
    await form.getByRole('button', { name: 'Record' }).click();
    await expect.poll(() => form.getByRole('alert').innerText()).toBe('Refused: as_of: is in the future');
    expect(await form.locator('.field-error').allInnerTexts()).toEqual(['is in the future']);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshots('control-refused-en');

    await form.getByLabel('As of *').fill('2025-03-14T12:00');
    await form.getByRole('button', { name: 'Record' }).click();
    await expect.poll(() => form.getByRole('status').last().innerText()).toBe('Assessment recorded: Sudzha.');
    await expect.poll(() => recent.locator('tbody tr').count()).toBe(2);
    expect(await form.getByLabel('Search the gazetteer').inputValue()).toBe('');
    expect(await recent.locator('tbody tr').first().innerText()).toMatch(/^Sudzha\s+Assessment\s+Controlled by Russia\s+—\s+Mission patrol team/);
    expect(await recent.locator('tbody tr').nth(1).locator('.basis').innerText()).toBe('Claim');
    await screenshots('control-en');

    await page.getByLabel('Language').selectOption('uk');
    await expect.poll(() => recent.locator('tbody tr').first().innerText()).toMatch(/^Суджа\s+Оцінка\s+Під контролем: Росія/);
    expect(await form.getByRole('status').last().innerText()).toBe('Оцінку записано: Суджа.');
    await screenshots('control-uk');
    await page.getByLabel('Мова').selectOption('ru');
    await expect.poll(() => recent.locator('tbody tr').first().innerText()).toMatch(/^Суджа\s+Оценка\s+Под контролем: Россия/);
    await page.getByLabel('Язык').selectOption('en');

    // On the map: the claim alone on the 13th, the assessment from the 14th.
    await page.getByRole('link', { name: 'See control on the map.' }).click();
    await page.locator('.map[data-map-ready="true"]').waitFor();
    const claims = page.locator('section[aria-labelledby="claims-heading"]');
    await page.getByLabel('Control as of').fill('2025-03-13');
    await expect.poll(() => claims.innerText()).toContain('Russian Defense Ministry');
    expect(await page.locator('.map path.control-assessed').count()).toBe(0);
    await page.getByLabel('Control as of').fill('2025-03-14');
    await expect.poll(() => page.locator('.map path.control-assessed').count()).toBe(1);
    expect(await claims.locator('tbody tr').first().innerText()).toMatch(/^Sudzha\s+Assessed\s+Controlled by Russia\s+—\s+Mission patrol team/);
    await page.screenshot({ path: `${DESK_SCREENSHOTS}/control-map-1400.png`, fullPage: true });
    expect(desk.problems).toEqual([]);
  }, 120_000);

  it('refuses an area whose ring does not close, naming the part, then saves it closed', async () => {
    const { page } = desk;
    await open(desk, '/control');
    const form = page.getByRole('form', { name: 'Add an area' });
    await form.getByLabel('Name *').fill('Sudzha sector');
    await form.getByLabel('Kind *').selectOption({ label: 'Front sector' });
    await form.getByLabel('Polygon (GeoJSON) *').fill('{"type": "Polygon",');
    await form.getByRole('button', { name: 'Save the area' }).click();
    await expect.poll(() => form.locator('.field-error').allInnerTexts()).toEqual(['This is not valid JSON.']);
    await form.getByLabel('Polygon (GeoJSON) *').fill(JSON.stringify(OPEN_RING));
    expect(await form.locator('.field-error').count()).toBe(0);
    await form.getByRole('button', { name: 'Save the area' }).click();
    await expect.poll(() => form.getByRole('alert').innerText()).toBe('Refused: geometry.coordinates.0: is not accepted');
    expect(await form.locator('.field-error').allInnerTexts()).toEqual(['geometry.coordinates.0: is not accepted (the ring is not closed: its last position must equal its first)']);
    expect(await form.getByLabel('Polygon (GeoJSON) *').getAttribute('aria-invalid')).toBe('true');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await form.scrollIntoViewIfNeeded();
    await screenshots('control-area-refused-en');

    await form.getByLabel('Polygon (GeoJSON) *').fill(JSON.stringify(SECTOR));
    await form.getByRole('button', { name: 'Save the area' }).click();
    await expect.poll(() => form.getByRole('status').innerText()).toMatch(/^Area Sudzha sector saved: [\d.,]+ km²\.$/);
    // The new area can be the subject of a claim at once.
    expect(await page.getByRole('form', { name: 'Record a claim or an assessment' }).getByLabel('Or an area').locator('option').allInnerTexts()).toContain('Sudzha sector');
    expect(desk.problems).toEqual([]);
  }, 60_000);

  it('merges one demo incident into another, refuses a decided one, and splits a report out again', async () => {
    const { page } = desk;
    const list = async (status: string) =>
      (await page.evaluate(async (s) => (await (await fetch(`/api/v1/incidents?status=${s}&limit=3`)).json()) as { items: { id: string; report_count: number }[] }, status)).items;
    const [from, into] = await list('reported');
    const [decided] = await list('verified');
    await open(desk, `/incidents/${from!.id}`);
    const regroup = page.locator('section[aria-labelledby="regroup-heading"]');
    await regroup.getByText('Merge into…').click();
    const merge = regroup.getByRole('form', { name: 'Merge into…' });
    await merge.getByLabel('Incident to merge this one into *').fill(from!.id);
    await merge.getByRole('button', { name: 'Merge' }).click();
    expect(await merge.locator('.field-error').innerText()).toBe('Enter the id of another incident.');
    await merge.getByLabel('Incident to merge this one into *').fill(decided!.id);
    await merge.getByRole('button', { name: 'Merge' }).click();
    await expect.poll(() => merge.getByRole('alert').innerText()).toBe('Refused: status: a decided incident cannot be merged or split');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshots('incident-merge-refused-en');

    await merge.getByLabel('Incident to merge this one into *').fill(into!.id);
    await merge.getByRole('button', { name: 'Merge' }).click();
    await expect.poll(() => regroup.getByRole('status').innerText()).toBe(`Merged into incident ${into!.id}. Open incident ${into!.id}`);
    await regroup.getByRole('link', { name: `Open incident ${into!.id}` }).click();
    const reports = from!.report_count + into!.report_count;
    await expect.poll(() => page.locator('section[aria-labelledby="reports-heading"] tbody tr').count()).toBe(reports);

    await page.locator('section[aria-labelledby="regroup-heading"]').getByText('Split out reports…').click();
    const split = page.getByRole('form', { name: 'Split out reports…' });
    await split.getByRole('button', { name: 'Split' }).click();
    expect(await split.locator('.field-error').innerText()).toBe('Choose at least one report.');
    await split.getByRole('checkbox').first().check();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshots('incident-split-en');
    await split.getByRole('button', { name: 'Split' }).click();
    await expect.poll(() => page.locator('section[aria-labelledby="regroup-heading"]').getByRole('status').innerText()).toMatch(/^The chosen reports now form incident [\w-]+\. Open incident/);
    await page.locator('section[aria-labelledby="regroup-heading"]').getByRole('link', { name: /^Open incident/ }).click();
    await expect.poll(() => page.locator('section[aria-labelledby="reports-heading"] tbody tr').count()).toBe(1);
    expect(desk.problems).toEqual([]);
  }, 120_000);
});
