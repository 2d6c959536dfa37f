/**
 * The web app: the gzipped JavaScript against the 400 KB target (map data apart), and the
 * time from navigation until the map page can be used in headless Chromium, against a
 * baseline navigation to a static file of the same server in the same run.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
import { WEB_DIST } from '../src/http/web/web-route.js';
import { browserUnavailable, CHROMIUM_PATH } from '../test/support/start-browser.js';
import { startWebTruce } from '../test/support/start-web-truce.js';

const TARGET_GZIP_KB = 400;
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
  const server = await startWebTruce();
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: ARGS });
  try {
    const baseline: number[] = [];
    const map: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      baseline.push(
        await coldNavigation(browser, `${server.origin}/favicon.svg`, async (page) => {
          await page.waitForLoadState('load');
          return page.evaluate<number>("performance.getEntriesByType('navigation')[0].loadEventEnd");
        }),
      );
      map.push(
        await coldNavigation(browser, `${server.origin}/map`, async (page) => {
          await page.locator('.map[data-map-ready="true"]').waitFor();
          await page.locator('path.control-claimed').first().waitFor();
          return page.evaluate<number>("performance.getEntriesByName('truce:map-ready')[0]?.startTime ?? NaN");
        }),
      );
    }
    const base = median(baseline);
    const ready = median(map);
    console.log(`baseline: static file, cold   ${base.toFixed(0)} ms (median of ${RUNS})`);
    console.log(`map page interactive, cold     ${ready.toFixed(0)} ms (median of ${RUNS}; ${(ready / base).toFixed(1)}x baseline; demo data: 1 control claim, 0 incidents)`);
    console.log('incidents (100,000 vs 1,000): not measured; the incidents API does not exist yet');
  } finally {
    await browser.close();
    await server.close();
  }
}
