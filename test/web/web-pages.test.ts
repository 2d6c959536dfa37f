import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../src/domain/actor.js';
import { createControlClaim } from '../../src/services/control/create-control-claim.js';
import { createParty } from '../../src/services/parties/create-party.js';
import { accountToken } from '../support/account-token.js';
import { seriousAxeViolations } from '../support/run-axe.js';
import { browserUnavailable, startBrowser, type TestBrowser } from '../support/start-browser.js';
import { startWebTruce, type WebTruce } from '../support/start-web-truce.js';

const SCREENSHOTS = 'test-results/web';

// playwright-core has no web-first assertions: poll what the page shows until it settles.
const focusedText = (page: Page) => page.evaluate<string | null>('document.activeElement?.textContent ?? null');
const unavailable = browserUnavailable();

describe.skipIf(unavailable !== null)('the web app in Chromium, on a real server with the demo scenario', () => {
  let server: WebTruce;
  let browser: TestBrowser;
  let page: Page;
  const problems: string[] = [];
  const foreignRequests: string[] = [];

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    server = await startWebTruce();
    browser = await startBrowser();
    page = browser.context.pages()[0] ?? (await browser.context.newPage());
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      // A 404 from /log/checkpoint is how the page learns the log is not there yet.
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) problems.push(`console: ${message.text()}`);
    });
    page.on('request', (request) => {
      if (!request.url().startsWith(server.origin) && !request.url().startsWith('data:')) foreignRequests.push(request.url());
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(path: string): Promise<void> {
    await page.goto(`${server.origin}${path}`);
    await page.locator('main h1').first().waitFor();
  }

  it('shows the agreement, with Russia\'s conditions and the Moscow Times citation', async () => {
    await open('/');
    await expect.poll(() => page.locator('main h1').innerText()).toBe('US-proposed 30-day ceasefire');
    const russia = page.locator('.positions article', { has: page.getByRole('heading', { name: 'Russia', exact: true }) });
    await expect.poll(() => russia.locator('.stance').innerText()).toBe('Accepted with conditions');
    const conditions = russia.getByRole('list', { name: 'Conditions: Russia' }).locator(':scope > li');
    expect(await conditions.count()).toBe(6);
    await expect.poll(() => russia.innerText()).toContain('No forced mobilization in Ukraine during the 30 days.');
    await expect.poll(() => russia.innerText()).toContain('No weapons deliveries to Ukraine during the 30 days.');
    await expect.poll(() => russia.innerText()).toContain('Sanctions relief');
    await expect.poll(() => russia.locator('cite').first().innerText()).toBe('The Moscow Times');
    await expect.poll(() => russia.innerText()).toContain('“How will these 30 days be used? To continue forced mobilization in Ukraine?');
    await expect.poll(() => russia.locator('.condition .status').first().innerText()).toBe('Open');
    await expect.poll(() => page.locator('.summary .status').innerText()).toBe('Proposed');
    await expect.poll(() => page.locator('.window').innerText()).toContain('Not in force');
    await page.screenshot({ path: `${SCREENSHOTS}/agreement-en.png`, fullPage: true });
  });

  it('moves through the app from the keyboard alone', async () => {
    await open('/');
    // A click on the page's top edge puts the keyboard's starting point there, wherever the last test
    // left it; the skip link, first in the page, is then one step back.
    await page.mouse.click(2, 2);
    await page.keyboard.press('Shift+Tab');
    await expect.poll(() => focusedText(page)).toBe('Skip to content');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect.poll(() => focusedText(page)).toBe('Map');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${server.origin}/map`);
    await expect.poll(() => page.locator('main h1').innerText()).toBe('Map of control');
    await expect.poll(() => page.evaluate<string | undefined>('document.activeElement?.id')).toBe('main');
  });

  it('shows the claimed control of Sudzha as a claim, hollow and dashed, and none before it was made', async () => {
    await open('/map');
    await page.locator('.map[data-map-ready="true"]').waitFor();
    await expect.poll(() => page.locator('path.control-claimed').count()).toBe(1);
    await expect.poll(() => page.locator('path.control-claimed').getAttribute('fill')).toBe('none');
    await expect.poll(() => page.locator('path.control-claimed').getAttribute('stroke-dasharray')).toBe('6 5');
    await expect.poll(() => page.locator('path.control-assessed').count()).toBe(0);
    const row = page.locator('main table tbody tr', { hasText: 'Sudzha' });
    await expect.poll(() => row.innerText()).toContain('Claimed');
    await expect.poll(() => row.innerText()).toContain('Controlled by Russia');
    await expect.poll(() => row.innerText()).toContain('Russian Defense Ministry');
    await page.screenshot({ path: `${SCREENSHOTS}/map-en.png`, fullPage: true });

    await page.getByLabel('Control as of').fill('2025-03-12');
    await expect.poll(() => page.locator('main').innerText()).toContain('No claim or assessment at or before this date.');
    await expect.poll(() => page.locator('path.control-claimed').count()).toBe(0);
    expect(foreignRequests).toEqual([]);
  });

  it('shows town names as the map zooms in', async () => {
    await open('/map');
    await page.locator('.map[data-map-ready="true"]').waitFor();
    const before = await page.locator('.town-label').count();
    await page.locator('.leaflet-control-zoom-in').click();
    await page.locator('.leaflet-control-zoom-in').click();
    await expect.poll(() => page.locator('.town-label').count()).toBeGreaterThan(before);
    await expect.poll(() => page.locator('.town-label', { hasText: 'Sumy' }).count()).toBe(1);
  });

  it('verifies in the browser that the log only grew since this browser last saw it, and catches a rewrite', async () => {
    await open('/log');
    await expect.poll(() => page.locator('main h1').innerText()).toBe('Transparency log');
    const verify = page.getByRole('button', { name: 'Verify against the last checkpoint this browser saw' });
    await verify.click();
    await expect.poll(() => page.locator('#verify-result').innerText()).toContain('had not seen a checkpoint of this log before');

    await server.truce.runner.write(SYSTEM_ACTOR, createParty, { name: 'Observer mission', kind: 'observer' });
    const grown = await server.truce.log.signCheckpoint();
    await page.reload();
    await verify.click();
    await expect.poll(() => page.locator('#verify-result').innerText()).toContain(`the log of ${grown!.size} entries extends the log of`);
    await page.screenshot({ path: `${SCREENSHOTS}/log-en.png`, fullPage: true });

    // Another history under the same size: what a split view would look like to this reader.
    await page.evaluate(`(() => {
      const seen = JSON.parse(localStorage.getItem('truce.log.lastCheckpoint'));
      localStorage.setItem('truce.log.lastCheckpoint', JSON.stringify({ ...seen, size: seen.size - 1, rootBase64: btoa('x'.repeat(32)) }));
    })()`);
    await page.reload();
    await verify.click();
    await expect.poll(() => page.locator('#verify-result').innerText()).toContain('Verification failed');
  });

  it.each(['/', '/map', '/log'])('axe finds no serious or critical violation on %s', async (path) => {
    await open(path);
    if (path === '/map') await page.locator('.map[data-map-ready="true"]').waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('switches to Ukrainian, translating the navigation and the agreement page, and remembers it', async () => {
    await open('/');
    await page.getByLabel('Language').selectOption('uk');
    const nav = page.getByRole('navigation');
    await expect.poll(() => nav.getByRole('link').allInnerTexts()).toEqual(['Угода', 'Мапа', 'Інциденти', 'Журнал', 'Публічний реєстр', 'Дотримання', 'Щоденний звіт']);
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('uk');
    await expect.poll(() => page.locator('#positions-heading').innerText()).toBe('Позиції сторін');
    await expect.poll(() => page.locator('.summary .status').innerText()).toBe('Запропоновано');
    await expect.poll(() => page.locator('.positions .stance').first().innerText()).toBe('Прийнято з умовами');
    await expect.poll(() => page.locator('#terms-heading').innerText()).toBe('Умови угоди');
    await expect.poll(() => page.locator('.summary').innerText()).toContain('30 днів');
    // Quotations stay as recorded.
    await expect.poll(() => page.locator('.positions').innerText()).toContain('The Moscow Times');
    await page.reload();
    await expect.poll(() => page.getByRole('navigation').getByRole('link').first().innerText()).toBe('Угода');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SCREENSHOTS}/agreement-uk.png`, fullPage: true });
    await nav.getByRole('link', { name: 'Мапа' }).click();
    await page.locator('.map[data-map-ready="true"]').waitFor();
    await expect.poll(() => page.locator('.leaflet-control-zoom-in').getAttribute('title')).toBe('Наблизити');
    await expect.poll(() => page.locator('main table tbody tr').first().innerText()).toContain('Заява');
    await page.screenshot({ path: `${SCREENSHOTS}/map-uk.png`, fullPage: true });
    await page.getByLabel('Мова').selectOption('ru');
    await expect.poll(() => page.locator('.leaflet-control-zoom-in').getAttribute('title')).toBe('Приблизить');
    await expect.poll(() => nav.getByRole('link').allInnerTexts()).toEqual(['Соглашение', 'Карта', 'Инциденты', 'Журнал', 'Публичный реестр', 'Соблюдение', 'Ежедневный отчёт']);
    await page.getByLabel('Язык').selectOption('en');
  });

  it('counts the days of the window once the agreement is in force', async () => {
    const api = `${server.origin}/api/v1/agreements/agreement-2025-03-30-day-ceasefire`;
    const { authorization } = await accountToken(server.truce, 'mediator');
    const agreement = (await (await fetch(api)).json()) as { positions: { id: string; conditions: { id: string }[] }[] };
    for (const position of agreement.positions) {
      for (const condition of position.conditions) {
        const response = await fetch(`${api}/positions/${position.id}/conditions/${condition.id}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization },
          body: JSON.stringify({ status: 'waived', note: 'Browser test: waived to bring the agreement into force.' }),
        });
        expect(response.status).toBe(200);
      }
    }
    const transition = await fetch(`${api}/transitions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization },
      body: JSON.stringify({ to: 'in_force', effective_at: '2025-03-13T00:00:00Z' }),
    });
    expect(transition.status).toBe(201);
    await open('/');
    await expect.poll(() => page.locator('.summary .status').innerText()).toBe('In force');
    await expect.poll(() => page.locator('.window-day').innerText()).toBe('Day 1 of 30');
    await expect.poll(() => page.locator('.window-remaining').innerText()).toMatch(/29 d \d\d:\d\d:\d\d remaining/);
    await expect.poll(() => page.locator('.condition .status').first().innerText()).toBe('Waived');
    await page.screenshot({ path: `${SCREENSHOTS}/agreement-in-force.png`, fullPage: true });
  });

  it('shows hostile place and party names on the map as text, never as markup', async () => {
    const hostile = '<img src=x onerror="document.title=1">';
    const party = await server.truce.runner.write(SYSTEM_ACTOR, createParty, { name: `Evil ${hostile}`, kind: 'armed_group' });
    const asOf = new Date(server.clock.now().getTime() - 60 * 60_000).toISOString();
    await server.truce.runner.write(SYSTEM_ACTOR, createControlClaim, {
      place_name: `<b>Bold</b> town ${hostile}`,
      latitude: 50.0,
      longitude: 36.23,
      status: 'controlled_by',
      controlled_by: party.id,
      basis: 'claimed',
      claimant: party.id,
      source: 'Hostile outlet',
      as_of: asOf,
    });
    await open('/map');
    await page.locator('.map[data-map-ready="true"]').waitFor();
    await page.getByLabel('Control as of').fill(asOf.slice(0, 10));
    await expect.poll(() => page.locator('path.control-claimed').count()).toBe(2);
    let tooltip = '';
    for (let i = 0; i < 2 && !tooltip.includes('Bold'); i++) {
      await page.locator('path.control-claimed').nth(i).dispatchEvent('mouseover');
      await expect.poll(() => page.locator('.leaflet-tooltip').count()).toBeGreaterThan(0);
      tooltip = await page.locator('.leaflet-tooltip').last().innerText();
    }
    expect(tooltip).toContain(`<b>Bold</b> town ${hostile}`);
    expect(tooltip).toContain(`Evil ${hostile}`);
    expect(await page.locator('.leaflet-tooltip img, .leaflet-tooltip b, .place-label img, .place-label b').count()).toBe(0);
    expect(await page.locator('.place-label', { hasText: '<b>Bold</b>' }).count()).toBe(1);
    expect(await page.title()).not.toBe('1');
  });

  it('folds the navigation behind a menu button on a phone, and closes it after a choice', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    try {
      await open('/');
      const header = await page.locator('.site-header').boundingBox();
      expect(header!.height).toBeLessThan(100);
      const menu = page.getByRole('button', { name: 'Menu' });
      expect(await menu.getAttribute('aria-expanded')).toBe('false');
      expect(await page.getByRole('link', { name: 'Map' }).isVisible()).toBe(false);
      await page.screenshot({ path: `${SCREENSHOTS}/header-phone-closed.png` });
      await menu.click();
      expect(await menu.getAttribute('aria-expanded')).toBe('true');
      await page.screenshot({ path: `${SCREENSHOTS}/header-phone-open.png` });
      await page.getByRole('link', { name: 'Map' }).click();
      await page.locator('main h1').first().waitFor();
      await expect.poll(() => menu.getAttribute('aria-expanded')).toBe('false');
      expect(new URL(page.url()).pathname).toBe('/map');
      expect(await seriousAxeViolations(page)).toEqual([]);
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 });
    }
  });

  it('raised no script error and no Content-Security-Policy violation', () => {
    expect(problems).toEqual([]);
  });
});
