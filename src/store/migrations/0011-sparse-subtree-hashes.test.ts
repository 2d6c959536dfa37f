import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestTruce, type TestTruce } from '../../../test/support/start-test-truce.js';
import { testDatabases, type TestDatabase } from '../../../test/support/test-databases.js';
import { MerkleFrontier } from '../../ledger/merkle-frontier.js';
import { auditLog } from '../../services/log/audit-log.js';
import { databaseAuditHooks } from '../../services/log/database-audit-hooks.js';
import { databaseLogSource } from '../../services/log/database-log-source.js';
import { KnownLogs } from '../../services/log/known-logs.js';
import { storedInLogNodes } from '../log/read-log-ranges.js';
import { sparseSubtreeHashesMigration } from './0011-sparse-subtree-hashes.js';

// A log written before this migration kept every subtree hash, the leaves' twice: it loses
// all but every fourth level, and every proof and audit stays as it was.
describe.each(testDatabases())('dropping the subtree hashes of the levels not kept on $name', (factory) => {
  let database: TestDatabase;
  let t: TestTruce;

  beforeAll(async () => {
    database = await factory.create();
    t = await startTestTruce(database);
  });

  afterAll(async () => {
    await t?.close();
    await database?.dispose();
  });

  it('keeps the proofs of a log that stored every subtree hash', async () => {
    const db = t.truce.database.db;
    await t.truce.runner.write({ id: 'migration-test', role: 'admin' }, async (ctx) => {
      for (let i = 0; i < 600; i++) await ctx.records.event('note.added', `note-${i}`, { i });
    }, undefined);
    await t.truce.log.signCheckpoint();
    const size = await t.truce.log.size();
    const before = { root: (await t.truce.log.latestCheckpoint())!.root, inclusion: await t.truce.log.inclusionProof(333, size), consistency: await t.truce.log.consistencyProof(77, size) };

    // The layout before: every node the frontier closed, the leaves included.
    const leaves = await db.selectFrom('log_entries').select('leaf_hash').orderBy('idx').execute();
    const frontier = new MerkleFrontier();
    const old = leaves.flatMap((row) => frontier.append(Buffer.from(row.leaf_hash)).filter((n) => !storedInLogNodes(n.level)));
    await db.transaction().execute((tx) => t.truce.database.capabilities.insertRows(tx, 'log_nodes', old.map((n) => ({ level: n.level, idx: n.index, hash: Buffer.from(n.hash) }))));
    expect(Number((await db.selectFrom('log_nodes').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n)).toBeGreaterThan(size);

    await sparseSubtreeHashesMigration.up(db as never);

    const levels = await db.selectFrom('log_nodes').select('level').distinct().orderBy('level').execute();
    expect(levels.map((r) => Number(r.level))).toEqual([4, 8]);
    expect(await t.truce.log.inclusionProof(333, size)).toEqual(before.inclusion);
    expect(await t.truce.log.consistencyProof(77, size)).toEqual(before.consistency);
    const verdict = await auditLog(databaseLogSource(db, 'test'), { known: new KnownLogs(`${database.dataDir}/known.json`), now: () => new Date(), ...databaseAuditHooks(db) });
    expect(verdict.root).toEqual(before.root.toString('base64'));
  });
});
