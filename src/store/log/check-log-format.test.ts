import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../test/support/run-cli.js';
import { startTestTruce } from '../../../test/support/start-test-truce.js';
import { testDatabases, type TestDatabase } from '../../../test/support/test-databases.js';
import { openDatabase } from '../dialect/open-database.js';
import { LogFormatError } from './check-log-format.js';

// A log is never rewritten: one written before entries sealed what the public may not read is
// refused at start-up, with one line that says how to start a new one.
describe.each(testDatabases())('a log in the earlier entry format on $name', (factory) => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await factory.create();
    // A database migrated and written before 0012: its log holds an entry, and 0012 has not run.
    const t = await startTestTruce(database);
    await t.close();
    const handle = await openDatabase(database.dbUrl, database.pgSchema ? { schema: database.pgSchema } : {});
    await sql`delete from truce_migrations where name = '0012-selective-disclosure'`.execute(handle.db);
    await handle.db.insertInto('log_entries').values({ idx: 0, type: 'party.created', record_id: 'p', entry: '{}', leaf_hash: Buffer.alloc(32) }).execute();
    await handle.close();
  });

  afterAll(async () => {
    await database?.dispose();
  });

  it('is refused at start-up by the composition root, and by the command line in one line with exit code 2', async () => {
    await expect(startTestTruce(database)).rejects.toBeInstanceOf(LogFormatError);
    if (database.name !== 'sqlite') return;
    const res = await runCli(['serve', '--db', database.dbUrl, '--data-dir', database.dataDir, '--port', '0']);
    expect(res.code, res.stderr).toBe(2);
    expect(res.stderr.trim().split('\n')).toHaveLength(1);
    expect(res.stderr).toMatch(/^truce: this database holds a log in an earlier entry format.*start a new log/);
  });
});
