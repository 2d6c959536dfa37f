import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../../src/daily-report/print-pdf.js';

/** Debian's Chromium; the project downloads no browser of its own. */
export const CHROMIUM_PATH = chromiumPath();

/**
 * Why browser tests cannot run here, or null when they can. With TRUCE_REQUIRE_BROWSER=1
 * a missing Chromium fails the run instead of skipping it.
 */
export function browserUnavailable(): string | null {
  if (existsSync(CHROMIUM_PATH)) return null;
  const reason = `Chromium not found at ${CHROMIUM_PATH} (apt-get install chromium)`;
  if (process.env.TRUCE_REQUIRE_BROWSER === '1') throw new Error(`TRUCE_REQUIRE_BROWSER=1 but ${reason}`);
  console.warn(`browser tests skipped: ${reason}; set TRUCE_REQUIRE_BROWSER=1 to fail instead`);
  return reason;
}

export interface TestBrowser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** Headless Chromium with a fresh profile, so that no stored language or checkpoint leaks between runs. */
export async function startBrowser(options: { locale?: string } = {}): Promise<TestBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'truce-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 900 },
    locale: options.locale ?? 'en-GB',
    timezoneId: 'Europe/Kyiv',
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
