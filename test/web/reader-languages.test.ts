import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../web/src/i18n/en.js';
import { ru } from '../../web/src/i18n/ru.js';
import { uk } from '../../web/src/i18n/uk.js';
import { DEMO_IDS } from '../../src/demo/load-demo-scenario.js';
import { SCENARIO_TRANSLATIONS } from '../../src/demo/scenario-translations.js';
import { browserUnavailable } from '../support/start-browser.js';
import { DESK_SCREENSHOTS, open, signIn, signOut, startDesk, type Desk } from './desk-fixture.js';

type Catalogue = { [key: string]: string | Catalogue };

/** Every message of a catalogue by its dotted key. */
function flatten(catalogue: Catalogue, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(catalogue)) {
    if (typeof value === 'string') out.set(`${prefix}${key}`, value);
    else for (const [k, v] of flatten(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

/**
 * The English messages a reader of `other` must never see: those the other catalogue words
 * differently (a name like "Truce" or "GeoJSON" is the same in every language, and allowed).
 */
function englishOnly(other: Catalogue): Set<string> {
  const theirs = flatten(other);
  const out = new Set<string>();
  for (const [key, value] of flatten(en as unknown as Catalogue)) {
    const base = key.replace(/_(one|few|many|other|zero|two)$/, '');
    const same = [...theirs].some(([k, v]) => (k === key || k.replace(/_(one|few|many|other|zero|two)$/, '') === base) && v === value);
    if (!same && !value.includes('{{') && value.trim().length > 1) out.add(value.trim());
  }
  return out;
}

/**
 * Visible text nodes and labels of the page, outside quotations and data marked with another
 * language. A script, since it runs in the page, where the DOM is.
 */
function shownTexts(lang: string): Promise<string[]> {
  return desk.page.evaluate<string[]>(`(() => {
    const pageLang = ${JSON.stringify(lang)};
    const texts = [];
    const foreign = (el) => {
      if (el.closest('blockquote, q')) return true;
      const marked = el.closest('[lang]');
      return marked !== null && marked !== document.documentElement && marked.getAttribute('lang') !== pageLang;
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      const text = (node.textContent || '').trim();
      if (!parent || text === '' || foreign(parent) || parent.closest('script, style, noscript') || !parent.checkVisibility()) continue;
      texts.push(text);
    }
    for (const el of document.body.querySelectorAll('[aria-label], [placeholder], [title]')) {
      if (foreign(el)) continue;
      for (const name of ['aria-label', 'placeholder', 'title']) {
        const value = (el.getAttribute(name) || '').trim();
        if (value) texts.push(value);
      }
    }
    return texts;
  })()`);
}

const unavailable = browserUnavailable();
let desk: Desk;

const PUBLIC_PAGES = ['/', `/agreements/${DEMO_IDS.agreement}`, '/map', '/incidents', '/log', '/public', '/dashboard', '/reports/daily', '/login'];
const DESK_PAGES: [account: string, paths: string[]][] = [
  ['demo-monitor', ['/reports/new', '/queue', '/account/tokens']],
  ['demo-verifier-1', ['/queue']],
  ['demo-liaison-russia', ['/liaison']],
  ['demo-admin', ['/admin']],
  ['demo-mediator', ['/mediation', `/agreements/${DEMO_IDS.agreement}`]],
];
const PARTY_NAMES = { uk: ['Росія', 'Україна'], ru: ['Россия', 'Украина'] } as const;

describe.skipIf(unavailable !== null)('every page in Ukrainian and in Russian, in Chromium', () => {
  beforeAll(async () => {
    desk = await startDesk();
  }, 120_000);

  afterAll(async () => {
    await desk?.close();
  });

  const setLanguage = async (lang: string) => {
    await desk.page.evaluate(`window.localStorage.setItem('truce.language', ${JSON.stringify(lang)})`);
  };

  /** Opens a page in the language and returns the English messages it shows. */
  const englishOn = async (path: string, lang: 'uk' | 'ru', forbidden: Set<string>): Promise<string[]> => {
    await open(desk, path);
    await expect.poll(() => desk.page.evaluate<string>('document.documentElement.lang')).toBe(lang);
    // Pages load their data after the heading: wait until nothing says it is loading.
    await expect.poll(() => desk.page.locator('[role="status"]').allInnerTexts(), { timeout: 10_000 }).not.toContain(en.common.loading);
    await desk.page.waitForLoadState('networkidle');
    return [...new Set((await shownTexts(lang)).filter((text) => forbidden.has(text)))].map((text) => `${path}: ${text}`);
  };

  for (const lang of ['uk', 'ru'] as const) {
    const forbidden = englishOnly((lang === 'uk' ? uk : ru) as unknown as Catalogue);

    it(`shows no English message on a public page in ${lang}, and the parties by their ${lang} names`, async () => {
      await desk.page.goto(desk.server.origin);
      await setLanguage(lang);
      const found: string[] = [];
      for (const path of PUBLIC_PAGES) found.push(...(await englishOn(path, lang, forbidden)));
      expect(found).toEqual([]);
      await open(desk, `/agreements/${DEMO_IDS.agreement}`);
      await expect.poll(() => desk.page.locator('main').innerText()).toContain(PARTY_NAMES[lang][0]);
      const agreement = (await shownTexts(lang)).join('\n');
      for (const name of PARTY_NAMES[lang]) expect(agreement).toContain(name);
      // Every text of the scenario stands on the agreement page in the reader's language (the United States' earlier position is in its history).
      for (const translation of SCENARIO_TRANSLATIONS.filter((x) => !x.record_id.endsWith('-2025-03-12'))) expect(agreement).toContain(translation[lang]);
      // Outside the quotations, no party goes by its English name.
      expect(agreement.split('\n').filter((line) => /\bRussia\b|\bUkraine\b|United States/.test(line))).toEqual([]);
      // The Moscow Times quotations stay as printed, marked English.
      expect(await desk.page.locator('blockquote[lang="en"]').count()).toBeGreaterThan(0);
      expect(await desk.page.locator('.unofficial').count()).toBeGreaterThan(0);
      await desk.page.screenshot({ path: `${DESK_SCREENSHOTS}/agreement-${lang}.png`, fullPage: true });
      await open(desk, '/map');
      await expect.poll(() => desk.page.locator('aside.legend').innerText()).toContain(PARTY_NAMES[lang][0]);
      // The claimed recapture of Sudzha is labelled with the town's name in the reader's language.
      await expect.poll(() => desk.page.locator('.place-label').allInnerTexts()).toContain('Суджа');
      await setLanguage('en');
    });

    it(`shows no English message on a desk page in ${lang}`, async () => {
      const found: string[] = [];
      await desk.page.goto(desk.server.origin);
      await setLanguage('en');
      for (const [account, paths] of DESK_PAGES) {
        await signIn(desk, account);
        await setLanguage(lang);
        for (const path of paths) found.push(...(await englishOn(path, lang, forbidden)));
        await setLanguage('en');
        await desk.page.reload();
        await signOut(desk);
      }
      expect(found).toEqual([]);
    });
  }
});
