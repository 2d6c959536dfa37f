import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousAxeViolations } from '../support/run-axe.js';
import { browserUnavailable } from '../support/start-browser.js';
import { DESK_SCREENSHOTS, open, signIn, signOut, startDesk, type Desk } from './desk-fixture.js';
import { DEMO_IDS } from '../../src/demo/load-demo-scenario.js';

const unavailable = browserUnavailable();

// A one-pixel PNG: what the server sniffs is its magic bytes, not its name.
const PHOTO = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

describe.skipIf(unavailable !== null)('publication, end to end, in Chromium', () => {
  let desk: Desk;
  let incidentId = '';
  // A table row while it waits for a first decision, a card while its decision waits for a second verifier.
  const row = () => desk.page.locator(`[data-incident="${incidentId}"]`);

  beforeAll(async () => {
    desk = await startDesk();
  }, 120_000);

  afterAll(async () => {
    await desk?.close();
  });

  it('1. a monitor submits a report with a photo, and sees its incident in the queue', async () => {
    const { page } = desk;
    await signIn(desk, 'demo-monitor');
    await open(desk, '/reports/new');
    await page.getByLabel('Kind *').selectOption('shelling');
    await page.getByLabel('Observed from (your local time) *').fill('2025-03-15T06:10');
    // Observed in the demo agreement's window: the report counts against it unless the monitor says otherwise.
    await expect.poll(() => page.getByLabel('Agreement', { exact: true }).locator('option:checked').innerText()).toBe('The agreement of that time: US-proposed 30-day ceasefire');
    await page.getByLabel('Search the gazetteer').fill('Sudzha');
    await page.getByLabel('Search the gazetteer').press('Enter');
    await page.getByRole('button', { name: /^Use Sudzha/ }).first().click();
    await page.getByLabel('Source *').selectOption({ index: 1 });
    await page.getByLabel('Narrative').fill('Shelling of the town centre seen from the observation post.');
    const photo = join(tmpdir(), `truce-publication-${process.pid}.png`);
    writeFileSync(photo, PHOTO);
    await page.getByLabel('Photos, videos or documents').setInputFiles(photo);
    await page.getByRole('button', { name: 'Submit the report' }).click();
    await expect.poll(() => page.locator('main').innerText()).toContain('1 evidence file stored.');
    const href = await page.getByRole('link', { name: 'Open its incident' }).getAttribute('href');
    incidentId = href!.replace('/incidents/', '');
    await page.getByRole('link', { name: 'Queue' }).click();
    await row().waitFor();
    expect(await row().innerText()).toContain('Shelling');
    // A monitor follows the queue but does not decide.
    expect(await row().getByRole('button').count()).toBe(0);
    await page.screenshot({ path: `${DESK_SCREENSHOTS}/queue-monitor.png`, fullPage: true });
    await signOut(desk);
  });

  it('2. verifier A proposes verified, cannot approve it again, and verifier B approves', async () => {
    const { page } = desk;
    await signIn(desk, 'demo-verifier-1');
    await open(desk, '/queue');
    await row().getByRole('button', { name: /^Propose a decision/ }).click();
    const form = page.getByRole('form', { name: /^Propose a decision on incident/ });
    await form.getByLabel('Outcome *').selectOption('verified');
    await form.getByLabel('Attributed to').selectOption({ label: 'Russia' });
    await form.getByLabel('Confidence').selectOption('likely');
    await form.getByRole('checkbox', { name: /^T1 — / }).check();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${DESK_SCREENSHOTS}/queue-decision-form.png`, fullPage: true });
    await form.getByLabel('Rationale *').fill('Two independent sources agree on place and time; the crater analysis fits artillery fired from the east.');
    await form.getByRole('button', { name: 'Propose', exact: true }).click();
    await expect.poll(() => page.getByRole('status').first().innerText()).toContain('awaits a second verifier');
    await expect.poll(() => row().innerText()).toMatch(/Approvals\s+1 of 2 \(you\)/i);
    // The four-eyes rule: no Approve on one's own proposal, and the page says why.
    expect(await row().getByRole('button', { name: /^Approve/ }).count()).toBe(0);
    expect(await row().innerText()).toContain('You proposed this decision: another verifier must approve it.');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${DESK_SCREENSHOTS}/queue-four-eyes.png` });
    await signOut(desk);

    await signIn(desk, 'demo-verifier-2');
    await open(desk, '/queue');
    // From the keyboard: the queue's actions are ordinary buttons.
    await row().getByRole('button', { name: /^Approve/ }).press('Enter');
    await expect.poll(() => page.getByRole('status').first().innerText()).toContain('is now Verified');
    await expect.poll(() => row().count()).toBe(0);
    await signOut(desk);
  });

  it('2a. the figures count the verified incident, apart from violations while the agreement is only proposed', async () => {
    const db = desk.server.truce.database.db;
    expect(await db.selectFrom('incidents').select(['agreement_id', 'status']).where('id', '=', incidentId).executeTakeFirstOrThrow()).toEqual({ agreement_id: DEMO_IDS.agreement, status: 'verified' });
    const decision = await db.selectFrom('decisions').select('terms_breached').where('incident_id', '=', incidentId).where('status', '=', 'adopted').executeTakeFirstOrThrow();
    expect(JSON.parse(decision.terms_breached)).toEqual([`${DEMO_IDS.agreement}-T1`]);
    const figures: any = await desk.page.evaluate(async (id) => (await fetch(`/api/v1/agreements/${id}/compliance?from=2025-03-15&to=2025-03-15`)).json(), DEMO_IDS.agreement);
    const russia = figures.periods[0].parties.find((p: { party_id: string }) => p.party_id === DEMO_IDS.russia);
    expect(russia.incidents_not_in_force.value).toBeGreaterThanOrEqual(1);
    expect(figures.periods[0].violations.value).toBe(0);
  });

  it('3. signed out, the public map shows the incident', async () => {
    const { page } = desk;
    await open(desk, '/map');
    const map = page.locator('.map[data-map-ready="true"]');
    await map.waitFor();
    // Bring Sudzha to the centre (it lies north-east of the first view), then zoom in past the hexagons.
    const box = (await map.boundingBox())!;
    const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    await page.mouse.move(centre.x + 82, centre.y - 114);
    await page.mouse.down();
    await page.mouse.move(centre.x, centre.y, { steps: 8 });
    await page.mouse.up();
    for (let i = 0; i < 5; i++) {
      await page.locator('.leaflet-control-zoom-in').click();
      await expect.poll(() => page.locator('.leaflet-zoom-anim').count()).toBe(0);
    }
    await expect.poll(() => page.locator('.map').getAttribute('data-incidents')).toBe('markers');
    const marker = page.locator('.incident-marker:not(.incident-synthetic)');
    await expect.poll(() => marker.count()).toBe(1);
    expect(await marker.getAttribute('title')).toMatch(/^Shelling, Verified/);
    await map.screenshot({ path: `${DESK_SCREENSHOTS}/map-published.png` });
  });

  it('4. the incident page proves its log entry in the browser: ✓', async () => {
    const { page } = desk;
    await open(desk, `/incidents/${incidentId}`);
    await expect.poll(() => page.locator('.proof-result').innerText()).toContain('✓');
    expect(await page.locator('main h1').innerText()).toMatch(/Verified/);
    expect(await page.locator('main').innerText()).not.toContain('Synthetic demo data');
    await page.screenshot({ path: `${DESK_SCREENSHOTS}/incident-published.png`, fullPage: true });
    expect(desk.problems).toEqual([]);
  });
});
