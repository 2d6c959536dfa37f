import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousAxeViolations } from '../support/run-axe.js';
import { browserUnavailable } from '../support/start-browser.js';
import { DESK_SCREENSHOTS, open, signIn, startDesk, type Desk } from './desk-fixture.js';

const unavailable = browserUnavailable();

describe.skipIf(unavailable !== null)('the report submission form, in Chromium', () => {
  let desk: Desk;

  beforeAll(async () => {
    desk = await startDesk();
  }, 120_000);

  afterAll(async () => {
    await desk?.close();
  });

  it('sends the public to sign in, and shows a monitor the form', async () => {
    await open(desk, '/reports/new');
    await expect.poll(() => desk.page.locator('main').innerText()).toContain('Sign in to see this page.');
    await signIn(desk, 'demo-monitor');
    await open(desk, '/reports/new');
    await expect.poll(() => desk.page.locator('main h1').innerText()).toBe('New report');
    expect(await desk.page.getByRole('link', { name: 'New report' }).count()).toBe(1);
    expect(await desk.page.getByRole('link', { name: 'Admin' }).count()).toBe(0);
  });

  it('shows a message next to each invalid field and sends nothing', async () => {
    const { page } = desk;
    await open(desk, '/reports/new');
    const sent: string[] = [];
    const count = (request: { method(): string; url(): string }) => {
      if (request.method() !== 'GET') sent.push(`${request.method()} ${request.url()}`);
    };
    page.on('request', count);
    await page.getByLabel('Latitude *').fill('123');
    await page.getByLabel('Count').fill('-2');
    await page.getByRole('button', { name: 'Submit the report' }).click();
    await expect.poll(() => page.getByRole('alert').first().innerText()).toContain('The report was not sent');
    const errorOf = (label: string) => page.locator('.field', { has: page.getByLabel(label, { exact: true }) }).locator('.field-error').innerText();
    expect(await errorOf('Kind *')).toBe('Choose one of the options.');
    expect(await errorOf('Observed from (your local time) *')).toBe('Required.');
    expect(await errorOf('Latitude *')).toBe('Must be at most 90.');
    expect(await errorOf('Count')).toBe('Must be at least 0.');
    expect(await errorOf('Source *')).toBe('Required.');
    expect(await page.getByLabel('Kind *').getAttribute('aria-invalid')).toBe('true');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${DESK_SCREENSHOTS}/report-form-invalid.png`, fullPage: true });
    page.off('request', count);
    expect(sent).toEqual([]);
  });

  it('submits a report placed from the gazetteer, with a photo and its upload progress', async () => {
    const { page } = desk;
    await open(desk, '/reports/new');
    // The invalid report above is still this tab's draft.
    await expect.poll(() => page.getByLabel('Count').inputValue()).toBe('-2');
    await page.getByRole('button', { name: 'Discard draft' }).click();
    await page.getByLabel('Kind *').selectOption('explosion');
    await page.getByLabel('Sub-type').selectOption('impact');
    await page.getByLabel('Observed from (your local time) *').fill('2025-03-14T09:30');
    await page.getByLabel('Search the gazetteer').fill('Sudzh');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.getByRole('button', { name: /^Use Sudzha/ }).first().click();
    await expect.poll(() => page.locator('.chosen-place').innerText()).toBe('Place: Sudzha');
    await page.getByLabel('Source *').selectOption({ index: 1 });
    const photo = join(tmpdir(), `truce-photo-${process.pid}.png`);
    writeFileSync(photo, Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64'));
    await page.getByLabel('Photos, videos or documents').setInputFiles(photo);
    await page.getByRole('button', { name: 'Submit the report' }).click();
    await expect.poll(() => page.getByRole('status').first().innerText()).toContain('The report is recorded.');
    await expect.poll(() => page.locator('main').innerText()).toContain('1 evidence file stored.');
    expect(await page.locator('progress').getAttribute('value')).toBe('1');
    expect(await page.getByRole('link', { name: 'Open its incident' }).getAttribute('href')).toMatch(/^\/incidents\/[\w-]+$/);
    await page.screenshot({ path: `${DESK_SCREENSHOTS}/report-form-done.png`, fullPage: true });
    expect(desk.problems).toEqual([]);
  });
});
