import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DIST_INDEX = join(ROOT, 'web/dist/index.html');
/** What the built app is made of: its sources, the API contract it imports, and the lockfile. */
const INPUTS = ['web/src', 'web/public', 'web/index.html', 'web/vite.config.ts', 'src/http', 'src/domain', 'package-lock.json'];

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestMtime(join(path, name))), stat.mtimeMs);
}

/** True when web/dist is missing or older than anything it is built from. */
export function webAppIsStale(): boolean {
  if (!existsSync(DIST_INDEX)) return true;
  const built = statSync(DIST_INDEX).mtimeMs;
  return INPUTS.some((input) => existsSync(join(ROOT, input)) && newestMtime(join(ROOT, input)) > built);
}

/** Builds web/dist when it is missing or stale, so that `npm test` on a fresh clone serves the real app. */
export async function buildWebApp(): Promise<void> {
  if (!webAppIsStale()) return;
  const { build } = await import('vite');
  await build({ configFile: join(ROOT, 'web/vite.config.ts'), logLevel: 'warn' });
}

/** Vitest globalSetup: runs once before every test file. */
export default async function setup(): Promise<void> {
  await buildWebApp();
}
