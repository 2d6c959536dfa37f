import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPassword } from '../../src/demo/load-demo-users.js';
import { seriousAxeViolations } from '../support/run-axe.js';
import { browserUnavailable } from '../support/start-browser.js';
import { DESK_SCREENSHOTS, open, signIn, startDesk, type Desk } from './desk-fixture.js';

const unavailable = browserUnavailable();
const WIDE = { width: 1400, height: 900 };
const PHONE = { width: 390, height: 844 };
const DRAFT_KEY = 'truce.report-draft.';

describe.skipIf(unavailable !== null)('the report form survives mistakes, reloads, lost connections and ended sessions, in Chromium', () => {
  let desk: Desk;

  beforeAll(async () => {
    desk = await startDesk();
    await desk.page.setViewportSize(WIDE);
  }, 120_000);

  afterAll(async () => {
    await desk?.close();
  });

  /** A fresh form: no draft kept from an earlier test. */
  async function openEmptyForm(): Promise<void> {
    await open(desk, '/reports/new');
    await desk.page.evaluate('sessionStorage.clear()');
    await open(desk, '/reports/new');
    await desk.page.getByLabel('Kind *').waitFor();
  }

  async function fillValidDraft(page: Page): Promise<void> {
    await page.getByLabel('Kind *').selectOption('explosion');
    await page.getByLabel('Observed from (your local time) *').fill('2025-03-14T09:30');
    await page.getByLabel('Latitude *').fill('51.2');
    await page.getByLabel('Longitude *').fill('35.3');
    await page.getByLabel('Narrative').fill('Two impacts heard north of the town.');
    await page.getByLabel('Source *').selectOption({ index: 1 });
  }

  // Strings, evaluated in the page: the tests' type-check knows no DOM.
  const storedDraft = (page: Page) => page.evaluate(`Object.entries(sessionStorage).find(([key]) => key.startsWith(${JSON.stringify(DRAFT_KEY)}))?.[1] ?? null`) as Promise<string | null>;

  async function screenshots(name: string): Promise<void> {
    const { page } = desk;
    await page.screenshot({ path: `${DESK_SCREENSHOTS}/${name}-1400.png`, fullPage: true });
    await page.setViewportSize(PHONE);
    // Nothing pushes the phone's page sideways, not even a long agreement title.
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(PHONE.width);
    await page.screenshot({ path: `${DESK_SCREENSHOTS}/${name}-390.png`, fullPage: true });
    await page.setViewportSize(WIDE);
  }

  const errorOf = (label: string) => desk.page.locator('.field', { has: desk.page.getByLabel(label, { exact: true }) }).locator('.field-error');

  it('clears a field’s error as soon as it is corrected, and shows a new one on leaving a filled field', async () => {
    const { page } = desk;
    await signIn(desk, 'demo-monitor');
    await openEmptyForm();
    await page.getByRole('button', { name: 'Submit the report' }).click();
    await expect.poll(() => page.getByRole('alert').first().innerText()).toContain('correct the 4 fields');
    expect(await errorOf('Kind *').innerText()).toBe('Choose one of the options.');

    await page.getByLabel('Kind *').selectOption('explosion');
    await expect.poll(() => errorOf('Kind *').count()).toBe(0);
    expect(await page.getByLabel('Kind *').getAttribute('aria-invalid')).toBeNull();
    await expect.poll(() => page.getByRole('alert').first().innerText()).toContain('correct the 3 fields');

    await page.getByLabel('Latitude *').fill('123');
    await page.getByLabel('Latitude *').press('Tab');
    await expect.poll(() => errorOf('Latitude *').innerText()).toBe('Must be at most 90.');
    await page.getByLabel('Latitude *').fill('51.2');
    await expect.poll(() => errorOf('Latitude *').count()).toBe(0);

    await page.getByLabel('Count').fill('-2');
    await page.getByLabel('Count').press('Tab');
    await expect.poll(() => errorOf('Count').innerText()).toBe('Must be at least 0.');
    await page.getByLabel('Count').fill('2');
    await expect.poll(() => errorOf('Count').count()).toBe(0);

    // Leaving an empty field says nothing: its error waits for the submission.
    await page.getByLabel('Weapon').focus();
    await page.getByLabel('Weapon').press('Tab');
    expect(await errorOf('Weapon').count()).toBe(0);

    await page.getByLabel('Observed from (your local time) *').fill('2025-03-14T09:30');
    await page.getByLabel('Longitude *').fill('35.3');
    await page.getByLabel('Source *').selectOption({ index: 1 });
    await expect.poll(() => page.locator('.field-error').count()).toBe(0);
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(desk.problems).toEqual([]);
  });

  it('keeps the draft through a reload, lets it be discarded, and forgets it once the report is recorded', async () => {
    const { page } = desk;
    await openEmptyForm();
    await fillValidDraft(page);
    await expect.poll(() => storedDraft(page)).toContain('Two impacts heard');

    await page.reload();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Draft restored' }).count()).toBe(1);
    expect(await page.getByLabel('Kind *').inputValue()).toBe('explosion');
    expect(await page.getByLabel('Observed from (your local time) *').inputValue()).toBe('2025-03-14T09:30');
    expect(await page.getByLabel('Latitude *').inputValue()).toBe('51.2');
    expect(await page.getByLabel('Narrative').inputValue()).toBe('Two impacts heard north of the town.');
    await expect.poll(() => page.getByLabel('Source *').inputValue()).not.toBe('');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshots('report-form-draft-restored');

    await page.getByRole('button', { name: 'Discard draft' }).click();
    await expect.poll(() => page.getByLabel('Narrative').inputValue()).toBe('');
    expect(await page.getByText('Draft restored').count()).toBe(0);
    await expect.poll(() => storedDraft(page)).toBeNull();

    await fillValidDraft(page);
    await page.getByRole('button', { name: 'Submit the report' }).click();
    await expect.poll(() => page.getByRole('status').first().innerText()).toContain('The report is recorded.');
    expect(await storedDraft(page)).toBeNull();
    await page.reload();
    await page.getByLabel('Kind *').waitFor();
    expect(await page.getByText('Draft restored').count()).toBe(0);
    expect(await page.getByLabel('Narrative').inputValue()).toBe('');
    expect(desk.problems).toEqual([]);
  });

  it('offline, says so in plain words, keeps the draft, and sends it once back online', async () => {
    const { page } = desk;
    await openEmptyForm();
    await fillValidDraft(page);
    await desk.browser.context.setOffline(true);
    try {
      await page.getByRole('button', { name: 'Submit the report' }).click();
      await expect.poll(() => page.getByRole('alert').first().innerText()).toContain('You are offline, so the report was not sent. Your draft is kept in this tab');
      expect(await page.getByLabel('Narrative').inputValue()).toBe('Two impacts heard north of the town.');
      expect(await storedDraft(page)).toContain('Two impacts heard');
      expect(await seriousAxeViolations(page)).toEqual([]);
      await screenshots('report-form-offline');
    } finally {
      await desk.browser.context.setOffline(false);
    }
    await expect.poll(() => page.getByRole('alert').first().innerText()).toContain('You are back online: submit the report again.');
    await page.getByRole('button', { name: 'Submit the report' }).click();
    await expect.poll(() => page.getByRole('status').first().innerText()).toContain('The report is recorded.');
    expect(await storedDraft(page)).toBeNull();
  });

  it('when the session has ended, asks the monitor to sign in again and keeps the draft across it', async () => {
    const { page, server } = desk;
    await openEmptyForm();
    await fillValidDraft(page);
    // Signed out in another tab: this tab's form still stands, its session does not.
    const other = await desk.browser.context.newPage();
    await other.goto(`${server.origin}/`);
    await other.getByRole('button', { name: 'Sign out' }).click();
    await expect.poll(() => other.locator('.session-bar').innerText()).toContain('Sign in');
    await other.close();

    await page.getByRole('button', { name: 'Submit the report' }).click();
    await expect.poll(() => page.getByRole('alert').first().innerText()).toContain('Your session has ended, so the report was not sent. Your draft is kept in this tab: sign in again, then submit it.');
    expect(await page.getByRole('alert').first().innerText()).not.toMatch(/401|unauthenticated/i);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshots('report-form-session-ended');

    await page.getByRole('link', { name: 'Sign in again' }).click();
    await page.getByLabel('Account name').fill('demo-monitor');
    await page.getByLabel('Password').fill(demoPassword('demo-monitor'));
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => page.locator('main h1').innerText()).toBe('New report');
    await expect.poll(() => page.getByText('Draft restored').count()).toBe(1);
    expect(await page.getByLabel('Narrative').inputValue()).toBe('Two impacts heard north of the town.');
    await page.getByRole('button', { name: 'Submit the report' }).click();
    await expect.poll(() => page.getByRole('status').first().innerText()).toContain('The report is recorded.');
    expect(await storedDraft(page)).toBeNull();
    expect(desk.problems).toEqual([]);
  });

  it('says what to do in the reader’s language', async () => {
    const { page } = desk;
    await openEmptyForm();
    await fillValidDraft(page);
    await page.getByLabel('Language').selectOption('uk');
    await desk.browser.context.setOffline(true);
    try {
      await page.getByRole('button', { name: 'Надіслати звіт' }).click();
      await expect.poll(() => page.getByRole('alert').first().innerText()).toBe(
        'Немає з’єднання з мережею, тому звіт не надіслано. Чернетку збережено в цій вкладці: надішліть її знову, коли з’єднання відновиться.',
      );
    } finally {
      await desk.browser.context.setOffline(false);
      await page.getByLabel('Мова').selectOption('en');
    }
    expect(await storedDraft(page)).toContain('Two impacts heard');
  });

  it('sets the observed time to now, in the input’s own format', async () => {
    const { page } = desk;
    await openEmptyForm();
    await page.getByRole('button', { name: 'Now', exact: true }).click();
    const value = await page.getByLabel('Observed from (your local time) *').inputValue();
    expect(value).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d$/);
    const hint = await page.locator('.field', { has: page.getByLabel('Observed from (your local time) *') }).locator('.field-hint').innerText();
    const utc = new Date(`${/In UTC: (\S+ \S+) UTC/.exec(hint)![1]!.replace(' ', 'T')}:00Z`);
    expect(Math.abs(utc.getTime() - Date.now())).toBeLessThan(120_000);
  });

  it('fills the point from the device’s location, explains a refusal, and offers nothing where there is no location', async () => {
    const { page, server } = desk;
    const { context } = desk.browser;
    await openEmptyForm();
    await context.grantPermissions(['geolocation'], { origin: server.origin });
    await context.setGeolocation({ latitude: 49.71, longitude: 37.61, accuracy: 20 });
    await page.getByRole('button', { name: 'Use my location' }).click();
    await expect.poll(() => page.getByLabel('Latitude *').inputValue()).toBe('49.71');
    expect(await page.getByLabel('Longitude *').inputValue()).toBe('37.61');
    await expect.poll(() => page.locator('.use-my-location [role=status]').innerText()).toBe('Point set to this device’s position (within about 20 m).');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshots('report-form-located');

    await context.clearPermissions();
    await page.getByRole('button', { name: 'Use my location' }).click();
    await expect.poll(() => page.locator('.use-my-location [role=status]').innerText(), { timeout: 40_000 }).toContain('This browser may not share your location.');

    const bare = await context.newPage();
    await bare.addInitScript('delete Navigator.prototype.geolocation');
    await bare.goto(`${server.origin}/reports/new`);
    await bare.getByLabel('Kind *').waitFor();
    expect(await bare.getByRole('button', { name: 'Use my location' }).count()).toBe(0);
    await bare.close();
    expect(desk.problems).toEqual([]);
  }, 60_000);
});
