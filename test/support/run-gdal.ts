import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * Why the GDAL tests cannot run here, or null when `ogrinfo` is installed (Debian's gdal-bin).
 * With TRUCE_REQUIRE_GDAL=1, as CI sets it, a missing GDAL fails the run instead of skipping.
 */
export function gdalUnavailable(): string | null {
  const probe = spawnSync('ogrinfo', ['--version'], { encoding: 'utf8' });
  if (!probe.error && probe.status === 0) return null;
  const reason = 'ogrinfo not found on PATH (apt-get install gdal-bin)';
  if (process.env.TRUCE_REQUIRE_GDAL === '1') throw new Error(`TRUCE_REQUIRE_GDAL=1 but ${reason}`);
  console.warn(`GDAL tests skipped: ${reason}; set TRUCE_REQUIRE_GDAL=1 to fail instead`);
  return reason;
}

/**
 * Runs a GDAL program without blocking the event loop: the server it reads runs in this process.
 */
export async function runGdal(program: 'ogrinfo' | 'ogr2ogr', args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ stdout: string; stderr: string }> {
  return run(program, args, { env: { ...process.env, GDAL_HTTP_TIMEOUT: '30', ...env }, maxBuffer: 64 * 1024 * 1024 });
}

/** The URLs GDAL fetched, from its debug output (CPL_DEBUG=ON). */
export function fetchedUrls(stderr: string): string[] {
  return [...stderr.matchAll(/HTTP: Fetch\((\S+)\)/g)].map((m) => m[1]!);
}

/** Each layer's feature count, from `ogrinfo -so -al`. */
export function featureCounts(ogrinfoSummary: string): Record<string, number> {
  const counts: Record<string, number> = {};
  let layer: string | undefined;
  for (const line of ogrinfoSummary.split('\n')) {
    const name = /^Layer name: (.+)$/.exec(line.trim());
    if (name) layer = name[1]!;
    const count = /^Feature Count: (\d+)$/.exec(line.trim());
    if (count && layer) counts[layer] = Number(count[1]);
  }
  return counts;
}
