/**
 * The web app: the gzipped JavaScript against the 400 KB target (map data apart), and the
 * time from navigation until each page in PAGES can be used in headless Chromium, with
 * 100,000 incidents loaded against the same page with 1,000 (the baseline, same run).
 * Targets: under 2 s with 100,000, and under 3x the 1,000-incident time. Then the daily
 * report's HTML in each language: its size against the 200 KB target and the time to build
 * and render it, with 100,000 incidents against 1,000.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
import { WEB_DIST } from '../src/http/web/web-route.js';
import { browserUnavailable, CHROMIUM_PATH } from '../test/support/start-browser.js';
import { startWebTruce, type WebTruce } from '../test/support/start-web-truce.js';
import { DEMO_IDS } from '../src/demo/load-demo-scenario.js';
import { LANGUAGES } from '../src/domain/languages.js';
import { bringDemoIntoForce } from '../test/support/bring-demo-into-force.js';
import { insertBenchIncidents } from './bench-incidents.js';

const TARGET_GZIP_KB = 400;
const TARGET_MS = 2000;
const TARGET_RATIO = 3;
const TARGET_REPORT_KB = 200;
/** A day in the middle of the bench incidents' window, each with about 1/30 of them. */
const REPORT_DAY = '2025-03-20';
const LARGE = 100_000;
const BASELINE = 1_000;

/**
 * The pages timed, each ready when its selector appears; `mark` is the performance mark
 * the page sets when it can be used. Adding a page is one line here.
 */
const PAGES: { name: string; path: string; ready: string; mark: string }[] = [
  { name: 'map', path: '/map', ready: '.map[data-map-ready="true"]', mark: 'truce:map-ready' },
  { name: 'dashboard', path: '/dashboard', ready: '[data-dashboard-ready="true"]', mark: 'truce:dashboard-ready' },
];
const RUNS = Number(process.env['WEB_BENCH_RUNS'] ?? 7);
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

async function buildApp(): Promise<void> {
  const { build } = await import('vite');
  await build({ configFile: fileURLToPath(new URL('../web/vite.config.ts', import.meta.url)), logLevel: 'warn' });
}

function bundleSizes() {
  const assets = join(WEB_DIST, 'assets');
  const files = readdirSync(assets);
  const index = readFileSync(join(WEB_DIST, 'index.html'), 'utf8');
  const initial = new Set([...index.matchAll(/\/assets\/([\w.-]+\.js)/g)].map((m) => m[1]));
  const js = files.filter((f) => f.endsWith('.js'));
  const sum = (names: string[]) => names.reduce((n, f) => n + gz(join(assets, f)), 0);
  return {
    totalJs: sum(js),
    initialJs: sum(js.filter((f) => initial.has(f))),
    css: sum(files.filter((f) => f.endsWith('.css'))),
    mapData: sum(files.filter((f) => f.endsWith('.json'))),
  };
}

async function coldNavigation(browser: Browser, url: string, ready: (page: Page) => Promise<number>): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'commit' });
    return await ready(page);
  } finally {
    await context.close();
  }
}

export async function run(): Promise<void> {
  await buildApp();
  const sizes = bundleSizes();
  console.log(`js gzip total      ${kb(sizes.totalJs)} KB (target ${TARGET_GZIP_KB} KB: ${(sizes.totalJs / 1024 / TARGET_GZIP_KB).toFixed(2)}x of budget)`);
  console.log(`js gzip first load ${kb(sizes.initialJs)} KB (the map's code loads when the map is opened)`);
  console.log(`css gzip           ${kb(sizes.css)} KB`);
  console.log(`map data gzip      ${kb(sizes.mapData)} KB (Natural Earth borders and towns; not counted in the budget)`);

  if (browserUnavailable() !== null) return;
  console.log(`setup: ${LARGE.toLocaleString('en')} and ${BASELINE.toLocaleString('en')} synthetic published incidents inserted directly in bulk (no reports, no log entries; compliance rollups refreshed as a write would)`);
  const servers: Record<'large' | 'baseline', WebTruce> = { large: await startWebTruce(), baseline: await startWebTruce() };
  // In force from the start of the incidents' window, so that the dashboard charts them as violations.
  for (const server of Object.values(servers)) await bringDemoIntoForce(server.truce.runner);
  await insertBenchIncidents(servers.large.truce, LARGE);
  await insertBenchIncidents(servers.baseline.truce, BASELINE);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: ARGS });
  try {
    for (const target of PAGES) {
      const times = { large: [] as number[], baseline: [] as number[] };
      for (let i = 0; i < RUNS; i++) {
        for (const size of ['baseline', 'large'] as const) {
          times[size].push(
            await coldNavigation(browser, `${servers[size].origin}${target.path}`, async (page) => {
              await page.locator(target.ready).waitFor({ timeout: 60_000 });
              return page.evaluate<number>(`performance.getEntriesByName(${JSON.stringify(target.mark)})[0]?.startTime ?? NaN`);
            }),
          );
        }
      }
      const base = median(times.baseline);
      const large = median(times.large);
      const ratio = large / base;
      console.log(`${target.name} interactive, ${BASELINE.toLocaleString('en')} incidents   ${base.toFixed(0)} ms (median of ${RUNS}, cold)`);
      console.log(
        `${target.name} interactive, ${LARGE.toLocaleString('en')} incidents ${large.toFixed(0)} ms (${ratio.toFixed(2)}x baseline; targets < ${TARGET_MS} ms: ${large < TARGET_MS ? 'met' : 'MISSED'}, < ${TARGET_RATIO}x: ${ratio < TARGET_RATIO ? 'met' : 'MISSED'})`,
      );
      // The first navigation computes the counts; later ones share them until the record changes.
      console.log(`${target.name} interactive, ${LARGE.toLocaleString('en')} incidents, first visit (counts computed, not remembered) ${times.large[0]!.toFixed(0)} ms`);
    }
    await dailyReports(servers);
  } finally {
    await browser.close();
    await servers.large.close();
    await servers.baseline.close();
  }
}

/** The daily report's HTML in each language, as the public fetches it: size, and median time over RUNS with either incident count. */
async function dailyReports(servers: Record<'large' | 'baseline', WebTruce>): Promise<void> {
  for (const lang of LANGUAGES) {
    const result = { large: { ms: [] as number[], bytes: 0 }, baseline: { ms: [] as number[], bytes: 0 } };
    for (let i = 0; i < RUNS; i++) {
      for (const size of ['baseline', 'large'] as const) {
        const started = performance.now();
        const res = await servers[size].app.inject({ method: 'GET', url: `/api/v1/agreements/${DEMO_IDS.agreement}/reports/daily?date=${REPORT_DAY}&format=html&lang=${lang}` });
        result[size].ms.push(performance.now() - started);
        if (res.statusCode !== 200) throw new Error(`daily report ${lang}: ${res.statusCode} ${res.body.slice(0, 200)}`);
        result[size].bytes = res.rawPayload.length;
      }
    }
    const base = median(result.baseline.ms);
    const large = median(result.large.ms);
    for (const size of ['baseline', 'large'] as const) {
      const count = size === 'large' ? LARGE : BASELINE;
      const bytes = result[size].bytes;
      console.log(
        `daily report ${lang}, ${count.toLocaleString('en')} incidents: ${kb(bytes)} KB (target < ${TARGET_REPORT_KB} KB: ${bytes < TARGET_REPORT_KB * 1024 ? 'met' : 'MISSED'}), ${median(result[size].ms).toFixed(0)} ms (median of ${RUNS})`,
      );
    }
    console.log(`daily report ${lang}: ${(large / base).toFixed(2)}x the ${BASELINE.toLocaleString('en')}-incident time`);
  }
}
