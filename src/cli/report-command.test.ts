import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserUnavailable } from '../../test/support/start-browser.js';
import { runCli } from '../../test/support/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'truce-report-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('truce report daily', () => {
  const db = ['--db', `sqlite:${join(dir, 'demo.db')}`, '--data-dir', join(dir, 'data')];
  const daily = (...args: string[]) => runCli(['report', 'daily', ...db, '--agreement', 'agreement-2025-03-30-day-ceasefire', '--date', '2025-03-11', ...args]);

  beforeAll(async () => {
    const demo = await runCli(['demo', ...db]);
    expect(demo.code, demo.stderr).toBe(0);
  }, 120_000);

  it('prints the demo’s day as JSON, its figures flagged synthetic, with the tree head', async () => {
    const res = await daily('--format', 'json');
    expect(res.code, res.stderr).toBe(0);
    const report = JSON.parse(res.stdout);
    expect(report).toMatchObject({ date: '2025-03-11', synthetic_data: true, agreement: { title: 'US-proposed 30-day ceasefire' } });
    // The demo's agreement is only proposed: what was found that day is counted apart, never as a violation.
    expect(report.agreement.status).toBe('proposed');
    expect(report.regions.every((r: { violations: number }) => r.violations === 0)).toBe(true);
    expect(report.checkpoint.size).toBeGreaterThan(0);
  });

  it('writes self-contained HTML to a file with the per-region summary and the checkpoint', async () => {
    const out = join(dir, 'daily.html');
    const res = await daily('--out', out);
    expect(res.code, res.stderr).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('Summary by region');
    expect(html).toMatch(/at size \d+, root/);
    expect(html).not.toMatch(/<script|src="http/);
  });

  it('writes the report in Russian with --lang ru, and refuses a language it does not have', async () => {
    const res = await daily('--lang', 'ru', '--format', 'md');
    expect(res.code, res.stderr).toBe(0);
    expect(res.stdout).toContain('Сводка по регионам');
    const bad = await daily('--lang', 'de');
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toMatch(/--lang/);
  });

  it('says in one line, with exit code 2, that a PDF needs Chromium where it is missing', async () => {
    const res = await runCli(['report', 'daily', ...db, '--agreement', 'agreement-2025-03-30-day-ceasefire', '--date', '2025-03-11', '--format', 'pdf'], { env: { TRUCE_CHROMIUM: join(dir, 'no-chromium') } });
    expect(res.code).toBe(2);
    expect(res.stderr.trim().split('\n')).toHaveLength(1);
    expect(res.stderr).toMatch(/^truce: PDF needs Chromium/);
  });

  it.skipIf(browserUnavailable() !== null)('prints a PDF through Chromium', async () => {
    const out = join(dir, 'daily.pdf');
    const res = await daily('--format', 'pdf', '--out', out);
    expect(res.code, res.stderr).toBe(0);
    expect(existsSync(out) && readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('refuses a bad date or format in one line', async () => {
    const bad = await runCli(['report', 'daily', ...db, '--agreement', 'x', '--date', '11/03/2025']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/--date must be a day as YYYY-MM-DD/);
    const format = await daily('--format', 'docx');
    expect(format.code).not.toBe(0);
    expect(format.stderr).toMatch(/--format/);
  });

  it('only reads: it makes no key where none is, and changes neither the database nor the data directory', async () => {
    const file = join(dir, 'demo.db');
    const noKeyHere = join(dir, 'no-data-dir');
    const before = { db: readFileSync(file), data: readdirSync(join(dir, 'data')) };
    for (const args of [['report', 'daily', '--agreement', 'agreement-2025-03-30-day-ceasefire', '--date', '2025-03-11', '--format', 'json'], ['export', 'acled']]) {
      const res = await runCli([...args, '--db', `sqlite:${file}`, '--data-dir', noKeyHere]);
      expect(res.code, res.stderr).toBe(0);
      expect(res.stderr).toBe('');
      expect(res.stdout.length).toBeGreaterThan(0);
    }
    expect(existsSync(noKeyHere)).toBe(false);
    expect(readFileSync(file).equals(before.db)).toBe(true);
    expect(existsSync(`${file}-wal`) ? statSync(`${file}-wal`).size : 0).toBe(0);
    expect(readdirSync(join(dir, 'data'))).toEqual(before.data);
  });

  it('says in one line, with exit code 2, that a database it cannot find holds nothing to read', async () => {
    const res = await daily('--db', `sqlite:${join(dir, 'absent.db')}`);
    expect(res.code).toBe(2);
    expect(res.stderr.trim().split('\n')).toHaveLength(1);
    expect(res.stderr).toMatch(/^truce: cannot open SQLite database .*absent\.db to read/);
    expect(existsSync(join(dir, 'absent.db'))).toBe(false);
  });
});
