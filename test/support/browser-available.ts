import { existsSync } from 'node:fs';
import { chromiumPath } from '../../src/report/print-pdf.js';

/**
 * Whether browser tests can run. With TRUCE_REQUIRE_BROWSER=1 a missing Chromium
 * fails the run instead of skipping, as CI requires.
 */
export function browserAvailable(): boolean {
  const present = existsSync(chromiumPath());
  if (!present && process.env.TRUCE_REQUIRE_BROWSER === '1') {
    throw new Error(`TRUCE_REQUIRE_BROWSER=1 but Chromium is missing at ${chromiumPath()} (apt-get install chromium)`);
  }
  if (!present) console.warn(`skipping browser tests: no Chromium at ${chromiumPath()}`);
  return present;
}
