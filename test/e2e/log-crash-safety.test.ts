import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTruce, type Truce } from '../../src/create-truce.js';
import { consistencyProof } from '../../src/ledger/merkle-proofs.js';
import { verifyConsistency } from '../../src/ledger/merkle-verify.js';
import { auditLog } from '../../src/services/log/audit-log.js';
import { databaseAuditHooks } from '../../src/services/log/database-audit-hooks.js';
import { databaseLogSource } from '../../src/services/log/database-log-source.js';
import { KnownLogs } from '../../src/services/log/known-logs.js';
import { logSize } from '../../src/store/log/append-log-entries.js';
import { latestCheckpoint } from '../../src/store/log/checkpoint-queries.js';
import { DatabaseHashReader } from '../../src/store/log/database-hash-reader.js';
import { accountToken } from '../support/account-token.js';
import { collect, spawnCli, waitForOutput } from '../support/run-cli.js';
import { testDatabases, type TestDatabase } from '../support/test-databases.js';

const ROUNDS: Record<string, number> = { sqlite: 10, postgres: 4 };

describe.each(testDatabases())('the log survives SIGKILL mid-burst on $name', (factory) => {
  let database: TestDatabase;
  let authorization: string;
  const acknowledged = new Set<string>();

  const open = (): Promise<Truce> =>
    createTruce({
      dbUrl: database.dbUrl,
      dataDir: database.dataDir,
      migrate: true,
      logKeyPath: join(database.dataDir, 'log-signing.key'),
      witnessKeys: [],
      clock: () => new Date(),
      ...(database.pgSchema ? { pgSchema: database.pgSchema } : {}),
    });

  const serverUrl = () => (database.pgSchema ? `${database.dbUrl}?options=${encodeURIComponent(`-c search_path=${database.pgSchema}`)}` : database.dbUrl);

  beforeAll(async () => {
    database = await factory.create();
    const truce = await open();
    authorization = (await accountToken(truce, 'mediator')).authorization;
    await truce.close();
  });

  afterAll(async () => {
    await database?.dispose();
  });

  it(`keeps every acknowledged write and a consistent log across ${ROUNDS[factory.name]} kills at random points`, async () => {
    for (let round = 0; round < ROUNDS[factory.name]!; round++) {
      const child = spawnCli(['serve', '--db', serverUrl(), '--data-dir', database.dataDir, '--port', '0']);
      const exited = collect(child);
      const [, url] = await waitForOutput(child, /at (http:\/\/\S+)/);

      let stop = false;
      const writer = async (lane: number) => {
        for (let i = 0; !stop; i++) {
          const name = `Round ${round} lane ${lane} party ${i}`;
          try {
            const res = await fetch(`${url}/api/v1/parties`, {
              method: 'POST',
              headers: { authorization, 'content-type': 'application/json' },
              body: JSON.stringify({ name, kind: 'observer' }),
            });
            if (res.status === 201) acknowledged.add(name);
            else throw new Error(`unexpected ${res.status}: ${await res.text()}`);
          } catch (error) {
            if (stop) return;
            if (error instanceof TypeError) return; // the connection died with the server
            throw error;
          }
        }
      };
      const lanes = [0, 1, 2, 3].map(writer);
      await new Promise((resolve) => setTimeout(resolve, 100 + Math.floor(Math.random() * 600)));
      child.kill('SIGKILL');
      await exited;
      stop = true;
      await Promise.all(lanes);

      const truce = await open();
      try {
        const db = truce.database.db;
        const before = await db.selectFrom('log_checkpoints').selectAll().orderBy('size', 'desc').offset(1).limit(1).executeTakeFirst();
        const after = await latestCheckpoint(db);
        const names = new Set((await db.selectFrom('parties').select('name').execute()).map((r) => r.name));
        for (const name of acknowledged) expect(names.has(name), `acknowledged ${name} is missing`).toBe(true);

        const rows = await Promise.all((['parties', 'users', 'api_tokens'] as const).map((table) => db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()));
        expect(await logSize(db)).toBe(rows.reduce((sum, r) => sum + Number(r.n), 0));

        expect(after).toBeDefined();
        if (before && before.size > 0) {
          const proof = await consistencyProof(Number(before.size), after!.size, new DatabaseHashReader(db));
          expect(verifyConsistency(Number(before.size), after!.size, Buffer.from(before.root), after!.root, proof)).toBe(true);
        }
      } finally {
        await truce.close();
      }
    }
    expect(acknowledged.size).toBeGreaterThan(0);

    const truce = await open();
    try {
      const known = new KnownLogs(join(database.dataDir, 'known-logs.json'));
      const verdict = await auditLog(databaseLogSource(truce.database.db, 'crash test'), { known, now: () => new Date(), ...databaseAuditHooks(truce.database.db) });
      expect(verdict.size).toBeGreaterThanOrEqual(acknowledged.size);
    } finally {
      await truce.close();
    }
  }, 600_000);
});
