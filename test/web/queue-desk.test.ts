import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousAxeViolations } from '../support/run-axe.js';
import { browserUnavailable } from '../support/start-browser.js';
import { DESK_SCREENSHOTS, open, signIn, signOut, startDesk, type Desk } from './desk-fixture.js';

const unavailable = browserUnavailable();
const DESKTOP = { width: 1400, height: 900 };
const PHONE = { width: 390, height: 844 };
const RATIONALE = 'Patrol and open-source footage agree on the crater and the hour; the shells came from the east.';

describe.skipIf(unavailable !== null)('the verification queue at scale, in Chromium', () => {
  let desk: Desk;
  let incidentId = '';
  const firstTable = () => desk.page.locator('section.queue h2:has-text("Needs a first decision") + p + div table');
  const shownIds = () => desk.page.locator('[data-incident] code').allInnerTexts();

  beforeAll(async () => {
    desk = await startDesk();
    await desk.page.setViewportSize(DESKTOP);
  }, 120_000);

  afterAll(async () => {
    await desk?.close();
  });

  it('names every incident by an id no other row shares, with its place, and pages past 50 through the cursor', async () => {
    const { page } = desk;
    await signIn(desk, 'demo-verifier-1');
    await open(desk, '/queue');
    await expect.poll(() => firstTable().locator('tbody tr').count()).toBe(50);
    const ids = await shownIds();
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids[0]!.length).toBeGreaterThanOrEqual(8);
    const places = await firstTable().locator('tbody tr td:nth-child(3)').allInnerTexts();
    expect(places.every((p) => /\S/.test(p))).toBe(true);
    expect(places.some((p) => /km from [A-Z]/.test(p))).toBe(true);
    expect(await page.locator('main').innerText()).toContain('50 incidents loaded; more wait below.');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${DESK_SCREENSHOTS}/queue-desktop.png`, fullPage: true });
    await page.setViewportSize(PHONE);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${DESK_SCREENSHOTS}/queue-phone.png` });
    await page.setViewportSize(DESKTOP);

    await page.getByRole('button', { name: 'Load more' }).click();
    await expect.poll(() => firstTable().locator('tbody tr').count()).toBeGreaterThan(50);
    const more = await shownIds();
    expect(new Set(more).size).toBe(more.length);
    // More rows may need longer prefixes to stay apart; the first page keeps its order.
    expect(more.slice(0, 50).map((id) => id.slice(0, ids[0]!.length))).toEqual(ids);
  });

  it('keeps the kind, status, place and order in the address, so a reload shows the same queue', async () => {
    const { page } = desk;
    await page.getByLabel('Kind').selectOption('shelling');
    await page.getByLabel('Waiting for').selectOption('reported');
    await page.getByLabel('Order').selectOption('oldest');
    await page.getByLabel('Near a place').fill('Sudzha');
    await page.getByLabel('Near a place').press('Enter');
    await expect.poll(() => new URL(page.url()).search).toBe('?kind=shelling&status=reported&place=Sudzha&sort=oldest');
    await expect.poll(() => page.locator('main').innerText()).toContain('Within 15 km of Sudzha (RU).');
    await expect.poll(() => firstTable().locator('tbody tr').count()).toBeGreaterThan(0);
    const filtered = await firstTable().locator('tbody tr').allInnerTexts();

    await page.reload();
    await page.locator('main h1').waitFor();
    expect(await page.getByLabel('Kind').inputValue()).toBe('shelling');
    expect(await page.getByLabel('Waiting for').inputValue()).toBe('reported');
    expect(await page.getByLabel('Order').inputValue()).toBe('oldest');
    expect(await page.getByLabel('Near a place').inputValue()).toBe('Sudzha');
    await expect.poll(() => firstTable().locator('tbody tr').allInnerTexts()).toEqual(filtered);
    expect(filtered.every((row) => row.includes('Shelling'))).toBe(true);
    // Near the place filtered by, rows read by it rather than by a larger town further off.
    expect(filtered.every((row) => /\bSudzha\b/.test(row))).toBe(true);
    expect(await page.getByRole('heading', { name: 'Needs a second approval' }).count()).toBe(0);
    // Oldest first: the first observation leads.
    const times = await firstTable().locator('tbody tr time').evaluateAll((els) => els.map((el) => el.getAttribute('datetime') ?? ''));
    expect(times).toEqual([...times].sort());
    await page.screenshot({ path: `${DESK_SCREENSHOTS}/queue-filtered.png`, fullPage: true });
  });

  it('offers no Approve on one’s own proposed decision', async () => {
    const { page } = desk;
    const row = firstTable().locator('tbody tr').first();
    incidentId = (await row.getAttribute('data-incident'))!;
    await row.getByRole('button', { name: /^Propose a decision/ }).click();
    const form = page.getByRole('form', { name: /^Propose a decision on incident/ });
    await form.getByLabel('Outcome *').selectOption('verified');
    await form.getByLabel('Attributed to').selectOption({ label: 'Russia' });
    await form.getByLabel('Confidence').selectOption('likely');
    await form.getByRole('checkbox', { name: /^T1 — / }).check();
    await form.getByLabel('Rationale *').fill(RATIONALE);
    await form.getByRole('button', { name: 'Propose', exact: true }).click();
    await expect.poll(() => page.locator('.notice').innerText()).toContain('awaits a second verifier');
    await open(desk, '/queue?status=under_review');
    const card = page.locator(`article[data-incident="${incidentId}"]`);
    await card.waitFor();
    expect(await card.innerText()).toContain('You proposed this decision: another verifier must approve it.');
    expect(await card.getByRole('button', { name: /^Approve/ }).count()).toBe(0);
    expect(await card.innerText()).toMatch(/Proposed by\s+you/i);
    await signOut(desk);
  });

  it('shows the second verifier the proposal in full before Approve, on a desktop and a phone', async () => {
    const { page } = desk;
    await signIn(desk, 'demo-verifier-2');
    await open(desk, '/queue?status=under_review');
    const card = page.locator(`article[data-incident="${incidentId}"]`);
    await card.waitFor();
    const text = await card.innerText();
    expect(text).toContain(RATIONALE);
    expect(text).toContain('Verified');
    expect(text).toContain('Russia (confidence: likely)');
    expect(text).toMatch(/T1 — \S/);
    expect(text).toMatch(/Proposed by\s+another verifier/i);
    expect(text).not.toMatch(/user:[0-9a-f]/);
    expect(await card.getByRole('button', { name: /^Approve/ }).count()).toBe(1);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${DESK_SCREENSHOTS}/queue-second-verifier.png`, fullPage: true });
    await page.setViewportSize(PHONE);
    await card.scrollIntoViewIfNeeded();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${DESK_SCREENSHOTS}/queue-second-verifier-phone.png`, fullPage: true });
    await page.setViewportSize(DESKTOP);
    // The API has no rejection: disagreeing is proposing another decision, which supersedes this one.
    await card.getByRole('button', { name: /^Propose another decision/ }).click();
    const form = page.getByRole('form', { name: /^Propose a decision on incident/ });
    await form.waitFor();
    await form.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => form.count()).toBe(0);
    await card.getByRole('button', { name: /^Approve/ }).click();
    await expect.poll(() => page.locator('.notice').innerText()).toContain('is now Verified');
    await expect.poll(() => card.count()).toBe(0);
    await signOut(desk);
  });

  it('raised no script error and no Content-Security-Policy violation', () => {
    expect(desk.problems).toEqual([]);
  });
});
