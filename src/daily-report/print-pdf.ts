import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

/** Debian's Chromium; TRUCE_CHROMIUM points elsewhere. */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.TRUCE_CHROMIUM ?? '/usr/bin/chromium';
}

/** Headless, offline, and quiet: this machine's network refuses Chromium's background calls anyway. */
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export class BrowserUnavailableError extends Error {
  constructor(path: string) {
    super(`PDF needs Chromium at ${path}; install it (apt-get install chromium) or set TRUCE_CHROMIUM`);
    this.name = 'BrowserUnavailableError';
  }
}

/** Prints self-contained HTML to A4 PDF in headless Chromium, with the network off. */
export async function printPdf(html: string): Promise<Buffer> {
  const executablePath = chromiumPath();
  if (!existsSync(executablePath)) throw new BrowserUnavailableError(executablePath);
  const browser = await chromium.launch({
    executablePath,
    args: CHROMIUM_ARGS,
  });
  try {
    const context = await browser.newContext({ offline: true, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    return await page.pdf({ format: 'A4', printBackground: true, margin: { top: '16mm', bottom: '16mm', left: '14mm', right: '14mm' } });
  } finally {
    await browser.close();
  }
}
