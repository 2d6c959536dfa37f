import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { collect, runCli, spawnCli, waitForOutput } from '../../test/support/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'truce-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the truce command', () => {
  it.each([[], ['serve'], ['migrate'], ['demo'], ['user'], ['user', 'reset-password']])('answers --help for %j', async (...args) => {
    const res = await runCli([...args, '--help']);
    expect(res.code).toBe(0);
    expect(res.stdout).toMatch(/^Usage: truce/);
  });

  it('migrates, then loads the demo once', async () => {
    const db = `sqlite:${join(dir, 'demo.db')}`;
    const env = { TRUCE_DATA_DIR: join(dir, 'demo-data') };
    expect((await runCli(['migrate', '--db', db], { env })).stdout).toContain('applied 0001-agreements');
    expect((await runCli(['migrate', '--db', db], { env })).stdout).toContain('up to date');
    expect((await runCli(['demo', '--db', db], { env })).stdout).toContain('loaded the demo scenario');
    expect((await runCli(['demo', '--db', db], { env })).stdout).toContain('already loaded');
  });

  it('ends with one clear line and exit code 2 when the database cannot be opened', async () => {
    const notADirectory = join(dir, 'plain-file');
    writeFileSync(notADirectory, 'x');
    for (const db of [`sqlite:${notADirectory}/sub/truce.db`, `sqlite:${dir}`, 'postgres://postgres@127.0.0.1:1/none', 'mysql://x']) {
      const res = await runCli(['serve', '--db', db, '--data-dir', join(dir, 'bad')]);
      expect(res.code, res.stderr).toBe(2);
      expect(res.stderr.trim().split('\n')).toHaveLength(1);
      expect(res.stderr).toMatch(/^truce: /);
      expect(res.stderr).not.toMatch(/\bat .*\.ts:\d+/);
    }
  });

  it.each(['SIGINT', 'SIGTERM'] as const)('serves, and on %s stops and closes the database', async (signal) => {
    const file = join(dir, `serve-${signal}.db`);
    const child = spawnCli(['serve', '--db', `sqlite:${file}`, '--data-dir', join(dir, `data-${signal}`), '--port', '0', '--demo']);
    const done = collect(child);
    const [, url] = await waitForOutput(child, /at (http:\/\/\S+)/);
    const health = await fetch(`${url}/api/health`);
    expect(await health.json()).toMatchObject({ status: 'ok', database: 'sqlite' });
    const agreements = (await (await fetch(`${url}/api/v1/agreements`)).json()) as { items: unknown[] };
    expect(agreements.items).toHaveLength(1);
    child.kill(signal);
    const res = await done;
    expect(res.code, res.stderr).toBe(0);
    expect(res.stdout).toContain('the database is closed');
    // SQLite folds and removes the write-ahead log when the last connection closes cleanly.
    expect(existsSync(`${file}-wal`)).toBe(false);
  });

  it('creates the first administrator on first start and prints its password once, never in the log', async () => {
    const file = join(dir, 'first-admin.db');
    const args = ['serve', '--db', `sqlite:${file}`, '--data-dir', join(dir, 'data-first'), '--port', '0'];
    const first = spawnCli(args, { env: { TRUCE_LOG_LEVEL: 'debug' } });
    const firstDone = collect(first);
    const [, password] = await waitForOutput(first, /with password: (\S+)/);
    await waitForOutput(first, /at (http:\/\/\S+)/);
    first.kill('SIGTERM');
    const firstRes = await firstDone;
    expect(firstRes.stdout.match(/with password/g)).toHaveLength(1);
    expect(firstRes.stdout.split('\n').filter((line) => line.includes(password!))).toHaveLength(1);
    expect(firstRes.stdout.split('\n').filter((line) => line.startsWith('{')).join('\n')).not.toContain(password);

    const second = spawnCli(args);
    const secondDone = collect(second);
    await waitForOutput(second, /at (http:\/\/\S+)/);
    second.kill('SIGTERM');
    expect((await secondDone).stdout).not.toContain('password');
  });

  it('adds, lists, resets and disables users', async () => {
    const db = `sqlite:${join(dir, 'users.db')}`;
    const env = { TRUCE_DATA_DIR: join(dir, 'users-data') };
    const added = await runCli(['user', 'add', 'field-monitor-1', '--role', 'monitor', '--db', db], { env });
    expect(added.code, added.stderr).toBe(0);
    expect(added.stdout).toMatch(/created monitor field-monitor-1 .*\npassword: \S{20,}/);
    const noParty = await runCli(['user', 'add', 'liaison-x', '--role', 'liaison', '--db', db], { env });
    expect(noParty.code).toBe(1);
    expect(noParty.stderr).toContain('party_id');
    const reset = await runCli(['user', 'reset-password', 'field-monitor-1', '--db', db], { env });
    expect(reset.stdout).toMatch(/new password for field-monitor-1: \S{20,}/);
    expect((await runCli(['user', 'disable', 'field-monitor-1', '--db', db], { env })).stdout).toContain('disabled field-monitor-1');
    const list = await runCli(['user', 'list', '--db', db], { env });
    expect(list.stdout).toMatch(/field-monitor-1\tmonitor\t-\tdisabled/);
    const unknown = await runCli(['user', 'disable', 'nobody', '--db', db], { env });
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('user nobody does not exist');
  });
});
