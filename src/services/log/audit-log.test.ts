import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadDemoScenario, DEMO_IDS } from '../../demo/load-demo-scenario.js';
import { runCli } from '../../../test/support/run-cli.js';
import { startTestTruce, type TestTruce } from '../../../test/support/start-test-truce.js';
import { testDatabases, type TestDatabase } from '../../../test/support/test-databases.js';
import { DEFAULT_CLUSTER_SETTINGS } from '../../domain/incidents/cluster-decision.js';
import { submitReports } from '../reports/submit-reports.js';
import { createSource } from '../sources/create-source.js';
import { AuditFailure, auditLog } from './audit-log.js';
import { databaseAuditHooks } from './database-audit-hooks.js';
import { databaseLogSource } from './database-log-source.js';
import { KnownLogs } from './known-logs.js';
import { LogConsistencyError } from './transparency-log.js';
import { SCENARIO_TRANSLATIONS } from '../../demo/scenario-translations.js';

/** The demo scenario's entries: its 16 records, and each of its own texts in Ukrainian and Russian. */
const SCENARIO_SIZE = 16 + 2 * SCENARIO_TRANSLATIONS.length;

const configDir = mkdtempSync(join(tmpdir(), 'truce-verify-'));
afterAll(() => rmSync(configDir, { recursive: true, force: true }));

describe.each(testDatabases())('verifying the log of a $name database', (factory) => {
  let database: TestDatabase;
  let t: TestTruce;
  let known: KnownLogs;

  beforeEach(async () => {
    database = await factory.create();
    t = await startTestTruce(database);
    await loadDemoScenario(t.truce.runner);
    await t.truce.log.signCheckpoint();
    known = new KnownLogs(join(configDir, `${Math.random()}.json`));
  });

  afterEach(async () => {
    // A damaged log makes the closing checkpoint fail on purpose; the database still closes.
    await t?.close().catch((error: unknown) => {
      if (!(error instanceof LogConsistencyError)) throw error;
    });
    await database?.dispose();
  });

  const audit = () => {
    const db = t.truce.database.db;
    return auditLog(databaseLogSource(db, 'test'), { known, now: () => new Date(), ...databaseAuditHooks(db) });
  };

  async function failure(): Promise<AuditFailure> {
    try {
      await audit();
    } catch (error) {
      if (error instanceof AuditFailure) return error;
      throw error;
    }
    throw new Error('the audit passed');
  }

  /** `truce verify --db` on this database, from a separate process, as an auditor would run it. */
  function cliVerify() {
    const url = database.pgSchema ? `${database.dbUrl}?options=${encodeURIComponent(`-c search_path=${database.pgSchema}`)}` : database.dbUrl;
    return runCli(['verify', '--db', url], { env: { TRUCE_CONFIG_DIR: join(configDir, database.name) } });
  }

  it('passes on an untouched log, and remembers the checkpoint for next time', async () => {
    const verdict = await audit();
    expect(verdict).toMatchObject({ size: SCENARIO_SIZE, keySource: 'trusted on first use', previous: null });
    expect((await audit()).previous).toEqual({ size: SCENARIO_SIZE, root: verdict.root });
    const cli = await cliVerify();
    expect(cli.code, cli.stdout + cli.stderr).toBe(0);
    expect(cli.stdout).toMatch(new RegExp(`^OK: .* verified: ${SCENARIO_SIZE} entries`));
  });

  it('names the entry of a record changed outside the log', async () => {
    const party = await t.truce.database.db.selectFrom('parties').select('log_index').where('id', '=', DEMO_IDS.russia).executeTakeFirstOrThrow();
    await t.truce.database.db.updateTable('parties').set({ name: 'Rewritten' }).where('id', '=', DEMO_IDS.russia).execute();
    const found = await failure();
    expect(found.index).toBe(Number(party.log_index));
    expect(found.message).toContain(DEMO_IDS.russia);
    const cli = await cliVerify();
    expect(cli.code).toBe(1);
    expect(cli.stdout).toMatch(new RegExp(`^FAIL at entry ${party.log_index}: `));
  });

  it('names an entry rewritten in place', async () => {
    await sql`update log_entries set entry = replace(entry, 'Russia', 'Ruritania') where idx = 0`.execute(t.truce.database.db);
    expect((await failure()).index).toBe(0);
    const cli = await cliVerify();
    expect(cli.code).toBe(1);
    expect(cli.stdout).toMatch(/^FAIL at entry 0: /);
  });

  it('catches a truncated log against the stored checkpoint', async () => {
    await t.truce.database.db.deleteFrom('log_entries').where('idx', '>=', 10).execute();
    const found = await failure();
    expect(found.index).toBe(10);
    expect(found.message).toMatch(/missing/);
    await expect(t.truce.log.signCheckpoint()).rejects.toThrow(/entries were removed/);
  });

  it('catches a changed subtree hash, from which proofs are served', async () => {
    // Above the leaves, the log keeps every fourth level; level 8, the first tile level, needs 256 entries.
    await t.truce.runner.write({ id: 'auditor-test', role: 'admin' }, async (ctx) => {
      for (let i = 0; i < 300; i++) await ctx.records.event('note.added', `note-${i}`, { i });
    }, undefined);
    await t.truce.log.signCheckpoint();
    expect((await audit()).size).toBe(SCENARIO_SIZE + 300);
    await t.truce.database.db.updateTable('log_nodes').set({ hash: Buffer.alloc(32, 7) }).where('level', '=', 8).where('idx', '=', 0).execute();
    const found = await failure();
    expect(found.index).toBe(0);
    expect(found.message).toMatch(/subtree level 8 index 0 is wrong/);
  });

  it('catches a changed leaf hash', async () => {
    await t.truce.database.db.updateTable('log_entries').set({ leaf_hash: Buffer.alloc(32, 7) }).where('idx', '=', 5).execute();
    const found = await failure();
    expect(found.index).toBe(5);
    expect(found.message).toMatch(/does not match its stored leaf hash/);
  });

  it('catches a deleted record and a record that has no entry', async () => {
    await t.truce.database.db.deleteFrom('control_claims').execute();
    expect((await failure()).message).toMatch(/has been deleted/);
  });

  /** Two reports of one shelling: an incident created, then joined, so that it has a past version and a current one. */
  async function casework() {
    const monitor = { id: 'user:audit-monitor', role: 'monitor' as const };
    const source = await t.truce.runner.write(monitor, createSource, { name: 'Audit desk', type: 'osint', affiliation: null, default_reliability: 'B' });
    const report = (narrative: string) => ({ kind: 'shelling' as const, observed_at: { start: '2025-03-13T09:00:00Z' }, point: { latitude: 49.71, longitude: 37.61 }, source_id: source.id, channel: 'monitor' as const, narrative, witness: { name: 'A witness' } });
    const [first] = await t.truce.runner.write(monitor, submitReports, { reports: [report('First sighting.')], clustering: DEFAULT_CLUSTER_SETTINGS });
    await t.truce.runner.write(monitor, submitReports, { reports: [report('Second sighting.')], clustering: DEFAULT_CLUSTER_SETTINGS });
    await t.truce.log.signCheckpoint();
    const incidentEntries = await t.truce.database.db.selectFrom('log_entries').select('idx').where('record_id', '=', first!.incident_id).orderBy('idx').execute();
    expect(incidentEntries).toHaveLength(2);
    expect((await audit()).size).toBeGreaterThan(SCENARIO_SIZE);
    return { report: first!, pastIncidentEntry: Number(incidentEntries[0]!.idx) };
  }

  it('opens every entry, and names the one whose kept salt or value was changed, past versions included', async () => {
    const { report, pastIncidentEntry } = await casework();
    const db = t.truce.database.db;
    const salts = await db.selectFrom('log_openings').select('salts').where('idx', '=', pastIncidentEntry).executeTakeFirstOrThrow();
    const changed = JSON.parse(salts.salts) as Record<string, string>;
    changed.summary = `${changed.summary!.startsWith('0') ? '1' : '0'}${changed.summary!.slice(1)}`;
    await db.updateTable('log_openings').set({ salts: JSON.stringify(changed) }).where('idx', '=', pastIncidentEntry).execute();
    const saltChanged = await failure();
    expect(saltChanged.index).toBe(pastIncidentEntry);
    expect(saltChanged.message).toMatch(/group summary of entry \d+ does not open its commitment/);
    const cli = await cliVerify();
    expect(cli.code).toBe(1);
    expect(cli.stdout).toMatch(new RegExp(`^FAIL at entry ${pastIncidentEntry}: `));
    await db.updateTable('log_openings').set({ salts: salts.salts }).where('idx', '=', pastIncidentEntry).execute();

    await sql`update log_openings set sealed = replace(sealed, 'First sighting.', 'First sightings.') where idx = ${report.log_index}`.execute(db);
    const valueChanged = await failure();
    expect(valueChanged.index).toBe(report.log_index);
    expect(valueChanged.message).toMatch(/group summary of entry \d+ does not open/);
  });

  it('names a current record whose salts were changed beside it, and an actor its pseudonym does not stand for', async () => {
    const { report } = await casework();
    const db = t.truce.database.db;
    const row = await db.selectFrom('reports').select('salts').where('id', '=', report.id).executeTakeFirstOrThrow();
    const salts = JSON.parse(row.salts) as Record<string, string>;
    salts.witness = '00'.repeat(16);
    await db.updateTable('reports').set({ salts: JSON.stringify(salts) }).where('id', '=', report.id).execute();
    const found = await failure();
    expect(found.index).toBe(report.log_index);
    expect(found.message).toMatch(/salts that differ from those of its latest log entry/);
    await db.updateTable('reports').set({ salts: row.salts }).where('id', '=', report.id).execute();

    await db.updateTable('log_openings').set({ actor: 'user:someone-else' }).where('idx', '=', report.log_index).execute();
    const actor = await failure();
    expect(actor.index).toBe(report.log_index);
    expect(actor.message).toMatch(/actor/);
  });

  it('refuses a log whose history differs from the checkpoint verified before', async () => {
    const verdict = await audit();
    known.set(verdict.origin, { ...known.get(verdict.origin)!, size: 8, root: Buffer.alloc(32).toString('base64') });
    expect((await failure()).message).toMatch(/not consistent with the checkpoint verified before at size 8/);
  });
});
