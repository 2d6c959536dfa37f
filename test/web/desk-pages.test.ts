import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousAxeViolations } from '../support/run-axe.js';
import { browserUnavailable } from '../support/start-browser.js';
import { DESK_SCREENSHOTS, open, startDesk, type Desk } from './desk-fixture.js';

const unavailable = browserUnavailable();

describe.skipIf(unavailable !== null)('the desk pages and the public portal, in Chromium', () => {
  let desk: Desk;

  beforeAll(async () => {
    desk = await startDesk();
  }, 120_000);

  afterAll(async () => {
    await desk?.close();
  });

  it('draws the compliance dashboard with Observable Plot under the CSP, with its table and checkpoint', async () => {
    const { page } = desk;
    await open(desk, '/dashboard');
    await page.locator('svg.plot').first().waitFor();
    expect(await page.locator('svg.plot').count()).toBe(3);
    // Plot's inline <style> never reaches the page: the CSP would refuse it.
    expect(await page.locator('svg.plot style').count()).toBe(0);
    expect(await page.locator('svg.plot rect').count()).toBeGreaterThan(0);
    await expect.poll(() => page.locator('.checkpoint').innerText()).toMatch(/Computed from the log at checkpoint \d+/);
    expect(await page.getByRole('table').first().locator('tbody tr').count()).toBeGreaterThan(1);
    expect(await page.locator('main').innerText()).toContain('Synthetic demo data');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${DESK_SCREENSHOTS}/dashboard-en.png`, fullPage: true });
  });

  it('links the daily report of the chosen day as printable HTML and as PDF', async () => {
    const { page } = desk;
    await open(desk, '/reports/daily');
    await page.getByLabel('Date').fill('2025-03-13');
    const html = await page.getByRole('link', { name: 'Open the printable report' }).getAttribute('href');
    expect(html).toMatch(/\/reports\/daily\?date=2025-03-13&format=html$/);
    expect(await page.getByRole('link', { name: 'Download the PDF' }).getAttribute('href')).toMatch(/format=pdf$/);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${DESK_SCREENSHOTS}/daily-report-en.png`, fullPage: true });
    const response = await page.goto(`${desk.server.origin}${html}`);
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-type']).toContain('text/html');
    await page.screenshot({ path: `${DESK_SCREENSHOTS}/daily-report-html.png`, fullPage: true });
  });

  it('raised no script error and no Content-Security-Policy violation', () => {
    expect(desk.problems).toEqual([]);
  });
});
