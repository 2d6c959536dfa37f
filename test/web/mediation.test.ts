import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_IDS } from '../../src/demo/load-demo-scenario.js';
import { seriousAxeViolations } from '../support/run-axe.js';
import { browserUnavailable } from '../support/start-browser.js';
import { DESK_SCREENSHOTS, open, signIn, signOut, startDesk, type Desk } from './desk-fixture.js';

const unavailable = browserUnavailable();
const PHONE = { width: 390, height: 844 };
const WIDE = { width: 1400, height: 900 };

/** An instant as a datetime-local field takes it: the reader's local time, to the minute. */
const localTime = (ms: number) => new Date(ms - new Date(ms).getTimezoneOffset() * 60_000).toISOString().slice(0, 16);

describe.skipIf(unavailable !== null)('the mediator’s desk, in Chromium', () => {
  let desk: Desk;

  beforeAll(async () => {
    desk = await startDesk();
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
    await page.screenshot({ path: `${DESK_SCREENSHOTS}/${name}-390.png`, fullPage: true });
    await page.setViewportSize(WIDE);
  };

  it('rules on a dispute a liaison filed: the statement and the party shown, the ruling checked beside its fields', async () => {
    const { page } = desk;
    await signIn(desk, 'demo-liaison-russia');
    expect(await page.getByRole('link', { name: 'Mediation' }).count()).toBe(0);
    await open(desk, '/liaison');
    await page.getByRole('button', { name: /^Dispute this finding on incident/ }).first().click();
    const filing = page.getByRole('form', { name: /^Dispute this finding on incident/ });
    const statement = 'Our units were not in range of the town on that day; the crater faces the other way.';
    await filing.getByLabel('Statement *').fill(statement);
    await filing.getByRole('button', { name: 'File the dispute' }).click();
    await expect.poll(() => page.getByRole('status').first().innerText()).toMatch(/^Dispute filed on incident/);
    await signOut(desk);

    await signIn(desk, 'demo-mediator');
    await page.getByRole('link', { name: 'Mediation' }).click();
    await page.locator('.disputes article').first().waitFor();
    const dispute = page.locator('.disputes article').first();
    const text = await dispute.innerText();
    expect(text).toContain(statement);
    expect(text).toContain('Russia');
    const incident = await dispute.getByRole('link', { name: /^Dispute on incident / }).getAttribute('href');
    expect(incident).toMatch(/^\/incidents\/[\w-]+$/);
    const form = dispute.getByRole('form', { name: /^Rule on the dispute of incident/ });
    await form.getByRole('button', { name: 'Record the ruling' }).click();
    await expect.poll(() => form.locator('.field-error').allInnerTexts()).toEqual(['Choose one of the options.', 'Required.']);
    await form.getByLabel('Ruling *').selectOption({ label: 'Finding upheld' });
    await form.getByLabel('Rationale *').fill('The imagery and two independent witnesses place the strike as found.');
    await expect.poll(() => form.locator('.field-error').count()).toBe(0);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshots('mediation-en');
    await form.getByRole('button', { name: 'Record the ruling' }).click();
    await expect.poll(() => page.getByRole('status').first().innerText()).toMatch(/^Ruling recorded on incident \w+: Finding upheld\.$/);
    await expect.poll(() => page.locator('main').innerText()).toContain('No dispute awaits a ruling.');
    expect(await page.getByRole('table').innerText()).toContain('The imagery and two independent witnesses');
    await screenshots('mediation-ruled-en');
    // The ruling is the incident's status now.
    await open(desk, incident!);
    await expect.poll(() => page.locator('main').innerText()).toContain('The imagery and two independent witnesses');
  }, 120_000);

  it('marks conditions met or waived, is refused entry into force while one is open, then brings the agreement into force and extends it', async () => {
    const { page } = desk;
    await open(desk, `/agreements/${DEMO_IDS.agreement}`);
    const russia = page.locator('.positions').getByRole('article', { name: 'Russia' });
    const ukraine = page.locator('.positions').getByRole('article', { name: 'Ukraine' });
    const open_ = (position: typeof russia) => position.getByRole('form', { name: /^Resolve condition \d+ of / });
    await expect.poll(() => open_(russia).count()).toBe(6);
    await open_(russia).first().getByLabel('Note (optional)').fill('Agreed at the talks in Jeddah.');
    for (let left = 6; left > 0; left -= 1) {
      await open_(russia).first().getByRole('button', { name: 'Mark met' }).click();
      await expect.poll(() => open_(russia).count()).toBe(left - 1);
    }
    await expect.poll(() => page.getByRole('status').first().innerText()).toBe('Condition 6 of Russia: Met.');
    expect(await russia.innerText()).toContain('Agreed at the talks in Jeddah.');

    // Found by its heading's id, not its name: the test reads it in Ukrainian too.
    const transition = page.locator('form[aria-labelledby="transition-heading"]');
    expect(await page.getByRole('form', { name: 'Change the status' }).count()).toBe(1);
    await transition.getByRole('button', { name: 'Record the transition' }).click();
    await expect.poll(() => transition.locator('.field-error').allInnerTexts()).toEqual(['Choose one of the options.']);
    await transition.getByLabel('New status *').selectOption({ label: 'In force' });
    // From yesterday: the window is open today.
    await transition.getByLabel('Effective from').fill(localTime(Date.now() - 86_400_000));
    await transition.getByLabel('Reason').fill('Both parties accepted at the talks.');
    await transition.getByRole('button', { name: 'Record the transition' }).click();
    // Ukraine's condition is still open: the domain's rule, in the reader's words, above the form and beside the field.
    await expect.poll(() => transition.getByRole('alert').innerText()).toBe('Refused: to: the parties’ positions do not yet allow entry into force');
    expect(await transition.locator('.field-error').allInnerTexts()).toEqual(['the parties’ positions do not yet allow entry into force']);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshots('agreement-mediator-refused-en');
    await page.getByLabel('Language').selectOption('uk');
    await transition.getByRole('button', { name: 'Записати зміну статусу' }).click();
    await expect.poll(() => transition.getByRole('alert').innerText()).toBe('Відмовлено: to: позиції сторін ще не дозволяють набрання чинності');
    await screenshots('agreement-mediator-refused-uk');
    await page.getByLabel('Мова').selectOption('en');

    await open_(ukraine).first().getByLabel('Note (optional)').fill('Russia’s acceptance stands for it.');
    await open_(ukraine).first().getByRole('button', { name: 'Waive' }).click();
    await expect.poll(() => open_(ukraine).count()).toBe(0);
    expect(await ukraine.innerText()).toContain('Waived');
    await transition.getByRole('button', { name: 'Record the transition' }).click();
    await expect.poll(() => page.locator('section[aria-labelledby="transition-heading"]').getByRole('status').innerText()).toBe('Status recorded: In force.');
    expect(await page.locator('.summary .status').first().innerText()).toBe('In force');
    expect(await page.locator('.transitions').innerText()).toMatch(/Proposed → In force\s+Both parties accepted at the talks\./);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshots('agreement-mediator-en');

    // An extension records who agreed to it: refused beside the parties until every one is ticked.
    await transition.getByLabel('New status *').selectOption({ label: 'Extended' });
    await transition.getByLabel('Ends at').fill(localTime(Date.now() + 40 * 86_400_000));
    await transition.getByLabel('Reason').fill('Both parties agreed to ten more days.');
    await transition.getByRole('button', { name: 'Record the transition' }).click();
    await expect.poll(() => transition.getByRole('alert').innerText()).toBe('Refused: agreed_by: an extension needs the recorded agreement of every party');
    expect(await transition.getByRole('group', { name: 'Agreed by' }).locator('.field-error').innerText()).toBe('an extension needs the recorded agreement of every party');
    await transition.getByRole('checkbox', { name: 'Russia' }).check();
    await transition.getByRole('checkbox', { name: 'Ukraine' }).check();
    await transition.getByRole('button', { name: 'Record the transition' }).click();
    await expect.poll(() => page.locator('section[aria-labelledby="transition-heading"]').getByRole('status').innerText()).toBe('Status recorded: Extended.');
    expect(await page.locator('.summary .status').first().innerText()).toBe('Extended');
    // The record, not the page's memory: it reads the same after a reload.
    await open(desk, `/agreements/${DEMO_IDS.agreement}`);
    await expect.poll(() => page.locator('.summary .status').first().innerText()).toBe('Extended');
    expect(await open_(russia).count()).toBe(0);
    expect(desk.problems).toEqual([]);
    await signOut(desk);
  }, 240_000);

  it('shows the public the agreement without the mediator’s actions', async () => {
    const { page } = desk;
    await open(desk, `/agreements/${DEMO_IDS.agreement}`);
    await expect.poll(() => page.locator('.summary .status').first().innerText()).toBe('Extended');
    expect(await page.getByRole('form', { name: 'Change the status' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Mark met' }).count()).toBe(0);
  });
});
