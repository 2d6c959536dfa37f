import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs } from '../../../test/support/login-as.js';
import { runCli } from '../../../test/support/run-cli.js';
import { startTestTruce, type TestTruce } from '../../../test/support/start-test-truce.js';
import { testDatabases, type TestDatabase } from '../../../test/support/test-databases.js';
import { loadDemoScenario } from '../../demo/load-demo-scenario.js';
import { loadMonitoringDemo } from '../../demo/load-monitoring-demo.js';

const configDir = mkdtempSync(join(tmpdir(), 'truce-verify-url-'));
afterAll(() => rmSync(configDir, { recursive: true, force: true }));

// `truce verify --url`, as an outside verifier runs it: the log through its tiles, then every
// record the API shows that reader, field by field, against it.
describe.each(testDatabases())('verifying what a server shows against its log, on $name', (factory) => {
  let database: TestDatabase;
  let t: TestTruce;
  let origin: string;

  beforeAll(async () => {
    database = await factory.create();
    t = await startTestTruce(database);
    await loadDemoScenario(t.truce.runner);
    await loadMonitoringDemo(t.truce.runner, {
      monitor: { id: 'demo-monitor', role: 'monitor' },
      verifiers: [
        { id: 'demo-verifier-1', role: 'verifier' },
        { id: 'demo-verifier-2', role: 'verifier' },
      ],
    });
    await t.truce.log.signCheckpoint();
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    origin = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await t?.close();
    await database?.dispose();
  });

  const verify = (...extra: string[]) => runCli(['verify', '--url', origin, ...extra], { env: { TRUCE_CONFIG_DIR: join(configDir, `${database.name}-${Math.random()}`) } });

  it('passes as the public and as a verifier’s token, and fails naming the field when an answer gives a salt that does not open its entry', async () => {
    const asPublic = await verify();
    expect(asPublic.code, asPublic.stdout + asPublic.stderr).toBe(0);
    expect(asPublic.stdout).toMatch(/records shown to the public match the log field by field, \d+ entries opened/);

    const verifier = await loginAs(t, 'verifier');
    const asVerifier = await verify('--token', verifier.headers.authorization.replace(/^Bearer /, ''));
    expect(asVerifier.code, asVerifier.stdout + asVerifier.stderr).toBe(0);
    const [, publicCount] = /(\d+) records shown to the public/.exec(asPublic.stdout)!;
    const [, verifierCount] = /(\d+) records shown to this token/.exec(asVerifier.stdout)!;
    expect(Number(verifierCount)).toBeGreaterThan(Number(publicCount));

    const published = await t.truce.database.db.selectFrom('incidents').select(['id', 'salts']).where('status', '=', 'verified').orderBy('id').executeTakeFirstOrThrow();
    const salts = JSON.parse(published.salts) as Record<string, string>;
    salts.summary = `${salts.summary!.startsWith('0') ? '1' : '0'}${salts.summary!.slice(1)}`;
    await t.truce.database.db.updateTable('incidents').set({ salts: JSON.stringify(salts) }).where('id', '=', published.id).execute();
    const tampered = await verify();
    expect(tampered.code).toBe(1);
    expect(tampered.stdout).toMatch(/^FAIL: .*does not open the commitment of group summary/);
  });
});
