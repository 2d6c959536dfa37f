import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadMonitoringDemo } from '../../src/demo/load-monitoring-demo.js';
import { seriousAxeViolations } from '../support/run-axe.js';
import { browserUnavailable, startBrowser, type TestBrowser } from '../support/start-browser.js';
import { startWebTruce, type WebTruce } from '../support/start-web-truce.js';

const SCREENSHOTS = 'test-results/web';
const unavailable = browserUnavailable();

describe.skipIf(unavailable !== null)('the incidents layer, list and detail in Chromium, with the synthetic demo reports', () => {
  let server: WebTruce;
  let browser: TestBrowser;
  let page: Page;
  let published: { id: string; attributed_party_id: string | null }[];
  const problems: string[] = [];

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    server = await startWebTruce();
    await loadMonitoringDemo(server.truce.runner, {
      monitor: { id: 'demo-monitor', role: 'monitor' },
      verifiers: [
        { id: 'demo-verifier-1', role: 'verifier' },
        { id: 'demo-verifier-2', role: 'verifier' },
      ],
    });
    await server.truce.log.signCheckpoint();
    published = ((await (await fetch(`${server.origin}/api/v1/incidents?limit=500`)).json()) as { items: typeof published }).items;
    browser = await startBrowser();
    page = browser.context.pages()[0] ?? (await browser.context.newPage());
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) problems.push(`console: ${message.text()}`);
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

  it('shows a published demo incident with its reports, decision and a ✓ proved in the browser', async () => {
    expect(published.length).toBeGreaterThan(0);
    const incident = published[0]!;
    await open(`/incidents/${incident.id}`);
    await expect.poll(() => page.locator('.proof-result').innerText()).toContain('✓');
    await expect.poll(() => page.locator('.proof-result').innerText()).toContain('Verified in this browser');
    await expect.poll(() => page.locator('main h1').innerText()).toMatch(/Verified/);
    await expect.poll(() => page.locator('main').innerText()).toContain('Synthetic demo data');
    await expect.poll(() => page.locator('#reports-heading + .table-scroll tbody tr').count()).toBeGreaterThan(0);
    // Each affiliation worded as what it is: independent, or the party.
    await expect.poll(() => page.locator('#reports-heading + .table-scroll tbody').innerText()).toMatch(/Affiliation: (independent|Ukraine|Russia)/);
    await expect.poll(() => page.locator('.decision').innerText()).toContain('Adopted');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SCREENSHOTS}/incident-detail-en.png`, fullPage: true });
  });

  it('shows ✗ when the server sends a tampered inclusion proof', async () => {
    const incident = published[0]!;
    await page.route('**/api/v1/log/proof/inclusion**', async (route) => {
      const response = await route.fetch();
      const body = (await response.json()) as { proof: string[] };
      const first = body.proof[0] ?? '';
      body.proof[0] = `${first[0] === 'A' ? 'B' : 'A'}${first.slice(1)}`;
      await route.fulfill({ response, json: body });
    });
    try {
      await open(`/incidents/${incident.id}`);
      await expect.poll(() => page.locator('.proof-result').innerText()).toContain('✗');
      await expect.poll(() => page.getByRole('alert').innerText()).toContain('Verification failed');
      await page.screenshot({ path: `${SCREENSHOTS}/incident-detail-tampered.png`, fullPage: true });
    } finally {
      await page.unroute('**/api/v1/log/proof/inclusion**');
    }
  });

  it('says a record changed after the latest signed checkpoint waits for the next one, and proves it then, never showing ✗', async () => {
    const incident = published[1]!;
    const older = await (await fetch(`${server.origin}/log/checkpoint`)).text();
    // A logged change to the incident: its newest entry lies beyond the checkpoint served below.
    await server.truce.runner.write({ id: 'test-curator', role: 'admin' }, (ctx) => ctx.records.update('incident', 'touched', incident.id, { updated_at: ctx.now }), undefined);
    await page.route('**/log/checkpoint', (route) => route.fulfill({ status: 200, contentType: 'text/plain; charset=utf-8', body: older }));
    try {
      await open(`/incidents/${incident.id}`);
      await expect.poll(() => page.locator('.proof-result').innerText(), { timeout: 15_000 }).toContain('changed after the latest signed checkpoint');
      expect(await page.locator('.proof-result').innerText()).not.toContain('✗');
      expect(await page.getByRole('alert').count()).toBe(0);
    } finally {
      await page.unroute('**/log/checkpoint');
    }
    await server.truce.log.signCheckpoint();
    await page.getByRole('button', { name: 'Check again' }).click();
    await expect.poll(() => page.locator('.proof-result').innerText()).toContain('✓');
  });

  it('shows ✗ naming the field when the server changes a shown field, and when the checkpoint is not signed by the log’s key', async () => {
    const incident = published[0]!;
    const url = `**/api/v1/incidents/${incident.id}`;
    await page.route(url, async (route) => {
      const response = await route.fetch();
      const body = (await response.json()) as { reports: { narrative: string | null }[] };
      body.reports[0]!.narrative = 'An edited narrative.';
      await route.fulfill({ response, json: body });
    });
    try {
      await open(`/incidents/${incident.id}`);
      await expect.poll(() => page.locator('.proof-result').innerText()).toContain('✗');
      await expect.poll(() => page.locator('#proof-heading + p + div').innerText()).toContain('reports.0.');
    } finally {
      await page.unroute(url);
    }

    await page.route('**/log/checkpoint', async (route) => {
      const response = await route.fetch();
      const note = await response.text();
      // The same checkpoint with its signature's last bytes changed.
      await route.fulfill({ response, body: note.replace(/([A-Za-z0-9+/])(=*)\n$/, (_m, c: string, pad: string) => `${c === 'A' ? 'B' : 'A'}${pad}\n`) });
    });
    try {
      await open(`/incidents/${incident.id}`);
      await expect.poll(() => page.locator('.proof-result').innerText()).toContain('✗');
      await expect.poll(() => page.locator('main').innerText()).toContain('not valid for the log’s key');
      await page.screenshot({ path: `${SCREENSHOTS}/incident-detail-bad-signature.png`, fullPage: true });
    } finally {
      await page.unroute('**/log/checkpoint');
    }
  });

  it('lists incidents with filters, and opens one from the list', async () => {
    await open('/incidents');
    const rows = page.locator('main table tbody tr');
    await expect.poll(() => rows.count()).toBe(published.length);
    const russia = published.filter((i) => i.attributed_party_id === 'party-russia').length;
    await page.getByLabel('Attributed to').selectOption({ label: 'Russia' });
    await expect.poll(() => rows.count()).toBe(russia);
    await page.getByLabel('Status').selectOption({ label: 'Refuted' });
    await expect.poll(() => page.locator('main').innerText()).toContain('No incident matches these filters.');
    await page.getByLabel('Status').selectOption({ label: 'Any' });
    await expect.poll(() => rows.count()).toBe(russia);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SCREENSHOTS}/incident-list-en.png`, fullPage: true });
    await rows.first().getByRole('link').click();
    await expect.poll(() => page.locator('.proof-result').innerText()).toContain('✓');
  });

  it('shows the demo incidents as hexagons at low zoom, filters them, and moves through the window from the keyboard', async () => {
    await open('/map');
    const map = page.locator('.map[data-map-ready="true"]');
    await map.waitFor();
    expect(await map.getAttribute('data-incidents')).toBe('hexagons');
    await expect.poll(() => page.locator('path.incident-hex').count()).toBeGreaterThan(0);
    const status = page.locator('.map-status');
    await expect.poll(() => status.innerText()).toContain(`${published.length} incidents in view`);
    await expect.poll(() => status.innerText()).toContain('Synthetic demo data');
    // The control layer is still there beside it: Sudzha claimed, hollow.
    await expect.poll(() => page.locator('path.control-claimed').count()).toBe(1);
    await page.screenshot({ path: `${SCREENSHOTS}/map-incidents-en.png`, fullPage: true });

    const russia = published.filter((i) => i.attributed_party_id === 'party-russia').length;
    expect(russia).toBeLessThan(published.length);
    await page.getByLabel('Attributed to').selectOption({ label: 'Russia' });
    await expect.poll(() => status.innerText()).toContain(`${russia} incident`);
    await page.getByLabel('Attributed to').selectOption({ label: 'Any' });
    await page.getByLabel('Kind').selectOption({ label: 'Mobilization' });
    await expect.poll(() => status.innerText()).toContain('0 incidents in view');
    await expect.poll(() => page.locator('path.incident-hex').count()).toBe(0);
    await page.getByLabel('Kind').selectOption({ label: 'Any' });

    // The first day of the window, from the keyboard: fewer incidents up to then, and no claim yet about Sudzha.
    await page.getByLabel('Day of the agreement window').focus();
    await page.keyboard.press('Home');
    await expect.poll(() => page.getByLabel('Control as of').inputValue()).toBe('2025-03-11');
    const upTo11 = (await (await fetch(`${server.origin}/api/v1/incidents?to=2025-03-11T23:59:59.999Z&limit=500`)).json()) as { items: unknown[] };
    await expect.poll(() => status.innerText()).toContain(`${upTo11.items.length} incident`);
    await expect.poll(() => page.locator('path.control-claimed').count()).toBe(0);
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('shows markers instead of hexagons past the hexagon zoom', async () => {
    await open('/map');
    const map = page.locator('.map[data-map-ready="true"]');
    await map.waitFor();
    // One step at a time: Leaflet ignores a zoom asked for while it is still animating the last one.
    for (const expected of ['hexagons', 'hexagons', 'markers']) {
      const before = Number(await page.locator('.map').getAttribute('data-zoom'));
      await page.locator('.leaflet-control-zoom-in').click();
      await expect.poll(() => page.locator('.map').getAttribute('data-zoom')).toBe(String(before + 1));
      await expect.poll(() => page.locator('.map').getAttribute('data-incidents')).toBe(expected);
    }
    await expect.poll(() => page.locator('.map').getAttribute('data-incidents')).toBe('markers');
    await expect.poll(() => page.locator('path.incident-hex').count()).toBe(0);
  });

  it('raised no script error and no Content-Security-Policy violation', () => {
    expect(problems).toEqual([]);
  });
});
