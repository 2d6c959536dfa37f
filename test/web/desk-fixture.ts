import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { loadDemo } from '../../src/demo/load-demo.js';
import { demoPassword } from '../../src/demo/load-demo-users.js';
import { startBrowser, type TestBrowser } from '../support/start-browser.js';
import { startWebTruce, type WebTruce } from '../support/start-web-truce.js';

export const DESK_SCREENSHOTS = 'test-results/web-desk';

export interface Desk {
  server: WebTruce;
  browser: TestBrowser;
  page: Page;
  /** Page errors and console errors seen so far; a test ends by expecting none. */
  problems: string[];
  close(): Promise<void>;
}

/**
 * What `truce serve --demo` serves: the scenario, one account per role, the gazetteer and
 * the synthetic reports, in Debian's Chromium with a fresh profile.
 */
export async function startDesk(): Promise<Desk> {
  mkdirSync(DESK_SCREENSHOTS, { recursive: true });
  const server = await startWebTruce();
  await loadDemo(server.truce.runner);
  // The session cookie expires by the server's clock: keep it in step with the browser's.
  server.clock.set(new Date());
  const browser = await startBrowser();
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    // The browser reports every 4xx answer; a signed-out GET /api/v1/session is a 401 by design.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) problems.push(`console: ${message.text()}`);
  });
  return {
    server,
    browser,
    page,
    problems,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/** Signs in through the login page, as a person does, and waits for the session bar. */
export async function signIn(desk: Desk, name: string): Promise<void> {
  const { page, server } = desk;
  await page.goto(`${server.origin}/login`);
  await page.getByLabel('Account name').fill(name);
  await page.getByLabel('Password').fill(demoPassword(name));
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect.poll(() => page.locator('.session-bar').innerText()).toContain(`Signed in as ${name}`);
}

export async function signOut(desk: Desk): Promise<void> {
  await desk.page.getByRole('button', { name: 'Sign out' }).click();
  await expect.poll(() => desk.page.locator('.session-bar').innerText()).toContain('Sign in');
}

/** Opens a page of the app and waits for its heading. */
export async function open(desk: Desk, path: string): Promise<void> {
  await desk.page.goto(`${desk.server.origin}${path}`);
  await desk.page.locator('main h1').first().waitFor();
}
