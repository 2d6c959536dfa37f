import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTruce } from '../../create-truce.js';
import { buildServer } from '../build-server.js';
import { startTestTruce, type TestTruce } from '../../../test/support/start-test-truce.js';
import { testDatabases, type TestDatabase } from '../../../test/support/test-databases.js';
import { WEB_DIST } from './web-route.js';

// The test command builds web/dist first (test/support/build-web-app.ts).
describe.each(testDatabases())('the web app at / ($name)', (factory) => {
  let database: TestDatabase;
  let t: TestTruce;
  beforeAll(async () => {
    database = await factory.create();
    t = await startTestTruce(database);
  });
  afterAll(async () => {
    await t.close();
    await database.dispose();
  });

  it('serves index.html with no-cache and a self-only Content-Security-Policy', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    expect(response.headers['cache-control']).toBe('no-cache');
    // Helmet's policy for every answer: this origin only, no inline script or style.
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['content-security-policy']).toContain("script-src 'self';");
    expect(response.headers['content-security-policy']).toContain("style-src 'self';");
    expect(response.body).toMatch(/<script type="module" crossorigin src="\/assets\/index-[\w-]+\.js">/);
    expect(response.body).not.toMatch(/<script>|<script type="module">/);
  });

  it('answers the app\'s page paths with index.html, so a reload keeps the page', async () => {
    for (const url of ['/map', '/log', '/agreements/agreement-2025-03-30-day-ceasefire', '/map?date=2025-03-13']) {
      const response = await t.app.inject({ method: 'GET', url });
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['cache-control'], url).toBe('no-cache');
      expect(response.body, url).toContain('<div id="root">');
    }
  });

  it('serves hashed assets as immutable for a year', async () => {
    const asset = readdirSync(join(WEB_DIST, 'assets')).find((f) => f.endsWith('.js'));
    const response = await t.app.inject({ method: 'GET', url: `/assets/${asset}` });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/javascript/);
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('keeps JSON 404s for the API, the log and missing assets', async () => {
    for (const url of ['/api/v1/nothing', '/api', '/log/nothing', '/assets/missing-0000.js']) {
      const response = await t.app.inject({ method: 'GET', url });
      expect(response.statusCode, url).toBe(404);
      expect(response.json(), url).toMatchObject({ error: 'not_found' });
    }
  });

  it('serves the files at the root of the app, and nothing outside it', async () => {
    const icon = await t.app.inject({ method: 'GET', url: '/favicon.svg' });
    expect(icon.statusCode).toBe(200);
    expect(icon.headers['cache-control']).toBe('public, max-age=3600');
    const escape = await t.app.inject({ method: 'GET', url: '/assets/..%2f..%2fpackage.json' });
    expect(escape.statusCode).not.toBe(200);
  });

  it('leaves the API as it was', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(response.statusCode).toBe(200);
  });
});

describe('the web app when it is not built', () => {
  it('says how to build it instead of failing to start', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'truce-web-'));
    const truce = await createTruce({ dbUrl: `sqlite:${join(dataDir, 'truce.db')}`, dataDir, migrate: true, logKeyPath: join(dataDir, 'key'), witnessKeys: [], clock: () => new Date() });
    const app = await buildServer(truce, { webRoot: join(dataDir, 'no-such-dist') });
    try {
      const response = await app.inject({ method: 'GET', url: '/map' });
      expect(response.statusCode).toBe(503);
      expect(response.body).toContain('npm run build');
    } finally {
      await app.close();
      await truce.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
