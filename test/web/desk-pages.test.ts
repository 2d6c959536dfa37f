import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bringDemoIntoForce } from '../support/bring-demo-into-force.js';
import { seriousAxeViolations } from '../support/run-axe.js';
import { browserUnavailable } from '../support/start-browser.js';
import { DESK_SCREENSHOTS, open, signIn, signOut, startDesk, type Desk } from './desk-fixture.js';

const unavailable = browserUnavailable();

describe.skipIf(unavailable !== null)('the desk pages and the public portal, in Chromium', () => {
  let desk: Desk;

  beforeAll(async () => {
    desk = await startDesk();
  }, 120_000);

  afterAll(async () => {
    await desk?.close();
  });

  it('shows a signed-out reader the public record: figures, daily reports and published incidents, synthetic ones badged', async () => {
    const { page } = desk;
    await open(desk, '/public');
    await expect.poll(() => page.locator('.incident-cards li').count()).toBeGreaterThan(0);
    expect(await page.locator('.incident-cards li').first().innerText()).toMatch(/Verified/);
    expect(await page.locator('.incident-cards .badge-synthetic').count()).toBeGreaterThan(0);
    expect(await page.getByRole('table').innerText()).toContain('Russia');
    expect(await page.getByRole('link', { name: 'Open the daily reports' }).count()).toBe(1);
    expect(await page.getByRole('link', { name: 'Sign in' }).count()).toBe(1);
    expect(await page.getByRole('link', { name: 'Queue' }).count()).toBe(0);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${DESK_SCREENSHOTS}/public-en.png`, fullPage: true });
  });

  it('signs in with labelled fields, and says what is wrong beside them or above the form', async () => {
    const { page } = desk;
    await open(desk, '/login');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => page.locator('.field-error').allInnerTexts()).toEqual(['Enter your account name.', 'Enter your password.']);
    await page.getByLabel('Account name').fill('demo-monitor');
    await page.getByLabel('Password').fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => page.getByRole('alert').innerText()).toBe('The account name or the password is wrong.');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${DESK_SCREENSHOTS}/login-en.png`, fullPage: true });
  });

  it('draws the compliance dashboard with Observable Plot under the CSP, with its table and checkpoint', async () => {
    const { page } = desk;
    // The demo's agreement is only proposed: what was found then is no violation, and the page says so instead of charting.
    await open(desk, '/dashboard');
    await expect.poll(() => page.locator('.dashboard-empty').innerText()).toMatch(/^No violation to chart: \d+ incidents? found in this window happened while the agreement was not in force/);
    expect(await page.locator('svg.plot').count()).toBe(0);
    await bringDemoIntoForce(desk.server.truce.runner);
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
    await page.getByLabel('Language').selectOption('uk');
    await expect.poll(() => page.locator('main h1').innerText()).toBe('Дотримання');
    await expect.poll(() => page.locator('.checkpoint').innerText()).toMatch(/Обчислено з журналу/);
    await page.screenshot({ path: `${DESK_SCREENSHOTS}/dashboard-uk.png`, fullPage: true });
    await page.getByLabel('Мова').selectOption('en');
  });

  it('links the daily report of the chosen day as printable HTML and as PDF', async () => {
    const { page } = desk;
    await open(desk, '/reports/daily');
    await page.getByLabel('Date').fill('2025-03-13');
    const html = await page.getByRole('link', { name: 'Open the printable report' }).getAttribute('href');
    expect(html).toMatch(/\/reports\/daily\?date=2025-03-13&lang=en&format=html$/);
    expect(await page.getByRole('link', { name: 'Download the PDF' }).getAttribute('href')).toMatch(/format=pdf$/);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${DESK_SCREENSHOTS}/daily-report-en.png`, fullPage: true });
    const response = await page.goto(`${desk.server.origin}${html}`);
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-type']).toContain('text/html');
    await page.screenshot({ path: `${DESK_SCREENSHOTS}/daily-report-html.png`, fullPage: true });
  });

  it('lets a liaison dispute a finding against their party, with a statement', async () => {
    const { page } = desk;
    await signIn(desk, 'demo-liaison-russia');
    await page.getByRole('link', { name: 'Liaison' }).click();
    await expect.poll(() => page.locator('main').innerText()).toContain('Acting for Russia');
    const dispute = page.getByRole('button', { name: /^Dispute this finding on incident/ }).first();
    await dispute.click();
    const form = page.getByRole('form', { name: /^Dispute this finding on incident/ });
    await form.getByRole('button', { name: 'File the dispute' }).click();
    await expect.poll(() => form.locator('.field-error').innerText()).toBe('Required.');
    await form.getByLabel('Statement *').fill('Our units were not in range of the town on that day; the crater faces the other way.');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${DESK_SCREENSHOTS}/liaison-en.png`, fullPage: true });
    await form.getByRole('button', { name: 'File the dispute' }).click();
    await expect.poll(() => page.getByRole('status').first().innerText()).toMatch(/^Dispute filed on incident/);
    await expect.poll(() => page.locator('main').innerText()).toContain('Awaiting a ruling');
    // The server's answer, not the browser's guess, decides what a role may open.
    await open(desk, '/admin');
    await expect.poll(() => page.getByRole('alert').innerText()).toContain('an account with the role liaison may not use this page');
    await signOut(desk);
  });

  it('lets an administrator create a user, disable and enable it', async () => {
    const { page } = desk;
    await signIn(desk, 'demo-admin');
    await page.getByRole('link', { name: 'Admin' }).click();
    const users = page.getByRole('form', { name: 'Create a user' });
    await users.getByLabel('Name').fill('field monitor');
    await users.getByRole('button', { name: 'Create' }).click();
    await expect.poll(() => users.locator('.field-error').innerText()).toBe('This value is not valid.');
    await users.getByLabel('Name').fill('field-monitor-2');
    await users.getByRole('button', { name: 'Create' }).click();
    await expect.poll(() => page.getByRole('status').first().innerText()).toContain('User field-monitor-2 created.');
    expect(await page.getByRole('status').first().innerText()).toMatch(/Their password, shown this once: \S{12,}/);
    await page.getByRole('button', { name: 'Disable field-monitor-2' }).click();
    await expect.poll(() => page.getByRole('row', { name: /field-monitor-2/ }).innerText()).toContain('Disabled');
    await page.getByRole('button', { name: 'Enable field-monitor-2' }).click();
    await expect.poll(() => page.getByRole('row', { name: /field-monitor-2/ }).innerText()).toContain('Active');
    // The administrator runs accounts and mints no token that acts as someone else.
    expect(await page.getByRole('form', { name: 'Create a token' }).count()).toBe(0);
    await signOut(desk);
  });

  it('lets any account create its own token, whose secret shows once, and the administrator revoke it', async () => {
    const { page } = desk;
    await signIn(desk, 'demo-monitor');
    await page.getByRole('link', { name: 'My tokens' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('My API tokens');
    const tokens = page.getByRole('form', { name: 'Create a token' });
    await tokens.getByLabel('What the token is for').fill('drone feed');
    await tokens.getByRole('button', { name: 'Create a token' }).click();
    await expect.poll(() => page.locator('.secret code').innerText()).toMatch(/^\S{20,}$/);
    const secret = await page.locator('.secret code').innerText();
    const me = await fetch(`${desk.server.origin}/api/v1/session`, { headers: { authorization: `Bearer ${secret}` } });
    expect(((await me.json()) as { user: { name: string } }).user.name).toBe('demo-monitor');
    await expect.poll(() => page.getByRole('row', { name: /drone feed/ }).innerText()).toContain('Active');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${DESK_SCREENSHOTS}/tokens-en.png`, fullPage: true });
    await signOut(desk);

    await signIn(desk, 'demo-admin');
    await page.getByRole('link', { name: 'Admin' }).click();
    const row = page.getByRole('row', { name: /drone feed/ });
    await expect.poll(() => row.innerText()).toContain('demo-monitor');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${DESK_SCREENSHOTS}/admin-en.png`, fullPage: true });
    await page.getByRole('button', { name: 'Revoke the token drone feed' }).click();
    await expect.poll(() => row.innerText()).toContain('Revoked');
    expect((await fetch(`${desk.server.origin}/api/v1/session`, { headers: { authorization: `Bearer ${secret}` } })).status).toBe(401);
    await signOut(desk);
  });

  it('raised no script error and no Content-Security-Policy violation', () => {
    expect(desk.problems).toEqual([]);
  });
});
