import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../domain/actor.js';
import { generateWitnessKey, parseWitnessSignerKey } from '../../ledger/cosignature.js';
import { parseVerifierKey } from '../../ledger/note-keys.js';
import { createParty } from '../parties/create-party.js';
import { startTestTruce, type TestTruce } from '../../../test/support/start-test-truce.js';
import { testDatabases, type TestDatabase } from '../../../test/support/test-databases.js';
import { KnownLogs } from './known-logs.js';
import { witnessOnce, type WitnessOptions } from './witness.js';

const witnessKey = generateWitnessKey('witness.example/ukraine');

describe('a witness', () => {
  const dir = mkdtempSync(join(tmpdir(), 'truce-witness-'));
  const databases: TestDatabase[] = [];
  const servers: { t: TestTruce; url: string; keyFile: string }[] = [];
  let options: Omit<WitnessOptions, 'logUrl' | 'logKey'>;

  async function serve(keyFrom?: string) {
    const database = await testDatabases()[0]!.create();
    databases.push(database);
    if (keyFrom) copyFileSync(keyFrom, join(database.dataDir, 'log-signing.key'));
    const t = await startTestTruce(database, undefined, { witnessKeys: [witnessKey.verifierKey] });
    const url = await t.app.listen({ port: 0, host: '127.0.0.1' });
    const server = { t, url, keyFile: join(database.dataDir, 'log-signing.key') };
    servers.push(server);
    return server;
  }

  const write = (t: TestTruce, name: string) => t.truce.runner.write(SYSTEM_ACTOR, createParty, { name, kind: 'observer' }).then(() => t.truce.log.signCheckpoint());

  beforeAll(async () => {
    options = {
      signer: parseWitnessSignerKey(witnessKey.signerKey),
      state: new KnownLogs(join(dir, 'state.json')),
      evidenceDir: join(dir, 'evidence'),
      now: () => new Date(),
    };
  });

  afterAll(async () => {
    for (const { t } of servers) await t.close();
    for (const database of databases) await database.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it('cosigns a growing log, and refuses a forked view signed by the same key', async () => {
    const honest = await serve();
    for (const name of ['Russia', 'Ukraine', 'United States']) await write(honest.t, name);
    const logKey = parseVerifierKey(honest.t.truce.log.verifierKey);
    const run = (url: string) => witnessOnce({ ...options, logKey, logUrl: url });

    expect(await run(honest.url)).toEqual({ status: 'cosigned', size: 3, accepted: true });
    expect(await run(honest.url)).toEqual({ status: 'unchanged', size: 3 });
    await write(honest.t, 'Belarus');
    expect(await run(honest.url)).toEqual({ status: 'cosigned', size: 4, accepted: true });
    const published = await (await fetch(`${honest.url}/log/checkpoint`)).text();
    expect(published).toContain('— witness.example/ukraine ');

    // The same key signs a different history: the split view a party must be able to catch.
    const fork = await serve(honest.keyFile);
    for (const name of ['Russia', 'Ukraine', 'Moldova', 'Georgia', 'Armenia']) await write(fork.t, name);
    const refused = await run(fork.url);
    expect(refused.status).toBe('refused');
    if (refused.status !== 'refused') return;
    expect(refused.reason).toMatch(/checkpoint 5 is not consistent with checkpoint 4/);
    const evidence = JSON.parse(readFileSync(refused.evidenceFile, 'utf8'));
    expect(evidence.previous).toMatchObject({ size: 4 });
    expect(evidence.previous.note).toContain(logKey.name);
    expect(evidence.current).toMatchObject({ size: 5 });
    expect(evidence.consistency_proof.length).toBeGreaterThan(0);
  });

  it('refuses a log that shrank', async () => {
    const short = await serve(servers[0]!.keyFile);
    await write(short.t, 'Russia');
    const refused = await witnessOnce({ ...options, logKey: parseVerifierKey(short.t.truce.log.verifierKey), logUrl: short.url });
    expect(refused).toMatchObject({ status: 'refused', reason: 'the log shrank from 4 to 1' });
  });
});
