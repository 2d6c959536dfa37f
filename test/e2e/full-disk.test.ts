import { execFileSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, statfsSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTruce } from '../../src/create-truce.js';
import { healthResponse } from '../../src/http/health/health-schema.js';
import { openDatabase } from '../../src/store/dialect/open-database.js';
import { accountToken } from '../support/account-token.js';
import { collect, runCli, spawnCli, waitForOutput, type CliResult } from '../support/run-cli.js';

// SQLite only: its files are the ones a small tmpfs can hold; PostgreSQL's disk-full code (53100) maps the same way.
const root = mkdtempSync(join(tmpdir(), 'truce-full-disk-'));
const disk = join(root, 'disk');
const cannotMount = mountTmpfs(disk, '24m');
const dbFile = join(disk, 'truce.db');
const dbUrl = `sqlite:${dbFile}`;
const dataDir = join(disk, 'data');
const filler = join(disk, 'filler');
// The auditor remembers the logs it has seen off the full disk, as on an auditor's own machine.
const env = { TRUCE_CONFIG_DIR: join(root, 'config') };

function mountTmpfs(dir: string, size: string): string | null {
  try {
    execFileSync('mkdir', ['-p', dir]);
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir], { stdio: 'pipe' });
    return null;
  } catch (error) {
    return `cannot mount a ${size} tmpfs, which needs root: ${String((error as { stderr?: Buffer }).stderr ?? error).trim()}`;
  }
}

/** Fills the disk but for `leave` bytes. */
function fill(leave: number): void {
  const { bavail, bsize } = statfsSync(disk);
  const fd = openSync(filler, 'a');
  const chunk = Buffer.alloc(64 * 1024);
  try {
    for (let left = bavail * bsize - leave; left > 0; left -= chunk.length) writeSync(fd, chunk, 0, Math.min(left, chunk.length));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
  } finally {
    closeSync(fd);
  }
}

/** What a command wrote to standard error, its progress bar aside. */
const otherLines = (res: CliResult) => res.stderr.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('verifying'));

if (cannotMount) {
  rmSync(root, { recursive: true, force: true });
  // Where no small file system can be mounted (not root, say), the suite says why it does not run.
  console.warn(`full-disk tests skipped: ${cannotMount}`);
}

describe.skipIf(cannotMount !== null)('a server on a full disk', () => {
  let authorization: string;
  let sourceId: string;

  beforeAll(async () => {
    const truce = await createTruce({ dbUrl, dataDir, migrate: true, logKeyPath: join(dataDir, 'log-signing.key'), witnessKeys: [], clock: () => new Date() });
    try {
      authorization = (await accountToken(truce, 'monitor')).authorization;
    } finally {
      await truce.close();
    }
  });

  afterAll(() => {
    execFileSync('umount', ['-l', disk]);
    rmSync(root, { recursive: true, force: true });
  });

  it('refuses writes with 507 naming storage, says so in health and in every command, loses nothing, and writes again once space is back', async () => {
    const child = spawnCli(['serve', '--db', dbUrl, '--data-dir', dataDir, '--port', '0']);
    const exited = collect(child);
    const [, url] = await waitForOutput(child, /at (http:\/\/\S+)/);
    const post = (path: string, body: unknown) => fetch(`${url}${path}`, { method: 'POST', headers: { authorization, 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const health = async () => healthResponse.parse(await (await fetch(`${url}/api/health`)).json());
    const report = (i: number) => ({
      kind: 'shelling',
      observed_at: { start: '2025-03-13T10:00:00Z' },
      point: { latitude: 49.7106 + (i % 100) * 0.01, longitude: 37.6156 },
      source_id: sourceId,
      channel: 'monitor',
      count: 1 + (i % 20),
      narrative: `Impacts heard east of the town, report ${i}, ${'in detail '.repeat(20)}`,
    });
    try {
      const source = await post('/api/v1/sources', { name: 'Mission team 3', type: 'monitor_team', affiliation: null, default_reliability: 'B' });
      expect(source.status).toBe(201);
      sourceId = ((await source.json()) as { id: string }).id;
      expect(await health()).toMatchObject({ status: 'ok' });

      fill(1024 * 1024);
      const acknowledged: string[] = [];
      let refused: Response | undefined;
      for (let batch = 0; batch < 200 && !refused; batch++) {
        const res = await post('/api/v1/reports/bulk', { reports: Array.from({ length: 50 }, (_, i) => report(batch * 50 + i)) });
        if (res.status === 201) acknowledged.push(...((await res.json()) as { items: { id: string }[] }).items.map((item) => item.id));
        else refused = res;
      }
      expect(refused?.status).toBe(507);
      expect(await refused!.json()).toMatchObject({ error: 'storage_full', details: [{ path: 'storage' }] });
      expect(acknowledged.length).toBeGreaterThan(0);
      const single = await post('/api/v1/reports', report(99_998));
      expect(single.status).toBe(507);

      const degraded = await health();
      expect(degraded).toMatchObject({ status: 'degraded', write_path: { status: 'degraded', reason: expect.stringMatching(/storage full/) } });

      // The auditor reads what the server holds open, with no space to write a byte.
      const whileFull = await runCli(['verify', '--db', dbUrl], { env });
      expect(whileFull.code, whileFull.stderr).toBe(0);
      expect(whileFull.stdout).toMatch(/^OK: /);
      expect(otherLines(whileFull)).toEqual([]);
      const exported = await runCli(['export', 'acled', '--db', dbUrl]);
      expect(exported.code, exported.stderr).toBe(0);
      expect(exported.stdout).toMatch(/^event_id_cnty,/);

      const demo = await runCli(['demo', '--db', `sqlite:${join(disk, 'demo.db')}`, '--data-dir', join(disk, 'demo-data')]);
      expect(demo.code).not.toBe(0);
      expect(otherLines(demo)).toHaveLength(1);
      expect(demo.stderr).toMatch(/^truce: .*(storage|disk) is full/);

      // A signing key that cannot be written whole is not written at all, so the next start makes one.
      const keyDir = join(disk, 'key-data');
      const noKey = await runCli(['demo', '--db', `sqlite:${join(root, 'key.db')}`, '--data-dir', keyDir]);
      expect(noKey.code).toBe(1);
      expect(otherLines(noKey)).toHaveLength(1);
      expect(noKey.stderr).toMatch(/^truce: the storage is full: ENOSPC/);
      expect(existsSync(join(keyDir, 'log-signing.key'))).toBe(false);

      rmSync(filler);
      const resumed = await post('/api/v1/reports/bulk', { reports: [report(99_999)] });
      expect(resumed.status).toBe(201);
      acknowledged.push(...((await resumed.json()) as { items: { id: string }[] }).items.map((item) => item.id));
      expect(await health()).toMatchObject({ status: 'ok', write_path: { status: 'ok' } });

      child.kill('SIGTERM');
      expect((await exited).code).toBe(0);
      const handle = await openDatabase(dbUrl, { readOnly: true });
      try {
        const stored = new Set((await handle.db.selectFrom('reports').select('id').execute()).map((row) => row.id));
        expect(acknowledged.filter((id) => !stored.has(id))).toEqual([]);
      } finally {
        await handle.close();
      }

      // With the server stopped the auditor changes nothing; on a full disk it says in one line why it cannot read.
      const before = readFileSync(dbFile);
      const verified = await runCli(['verify', '--db', dbUrl], { env });
      expect(verified.code, verified.stderr).toBe(0);
      expect(verified.stdout).toMatch(/^OK: /);
      expect(otherLines(verified)).toEqual([]);
      expect(readFileSync(dbFile).equals(before)).toBe(true);
      expect(existsSync(`${dbFile}-wal`) ? statSync(`${dbFile}-wal`).size : 0).toBe(0);
      // SQLite keeps the index the read made; without one and without space, none can be made.
      for (const index of ['-shm', '-wal']) rmSync(dbFile + index, { force: true });
      fill(0);
      const full = await runCli(['verify', '--db', dbUrl], { env });
      expect(full.code).toBe(2);
      expect(otherLines(full)).toHaveLength(1);
      expect(full.stderr).toMatch(/^truce: cannot open SQLite database .* the disk is full; free some space, or read it while a server has it open/);
      expect(readFileSync(dbFile).equals(before)).toBe(true);
    } finally {
      child.kill('SIGKILL');
      await exited;
    }
  }, 300_000);
});
