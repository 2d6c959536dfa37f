import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases, type TestDatabase } from '../../../test/support/test-databases.js';
import { migrateToLatest } from '../migrate-to-latest.js';
import type { DatabaseHandle } from './database-handle.js';
import { openDatabase } from './open-database.js';

// The primitives under RecordWriter and the log, tested on their own: every value comes back as written.
describe.each(testDatabases())('bulk writes on $name', (factory) => {
  let testDb: TestDatabase;
  let handle: DatabaseHandle;

  beforeAll(async () => {
    testDb = await factory.create();
    handle = await openDatabase(testDb.dbUrl, testDb.pgSchema ? { schema: testDb.pgSchema } : {});
    await migrateToLatest(handle.db, handle.capabilities);
  });

  afterAll(async () => {
    await handle.close();
    await testDb.dispose();
  });

  const insert = (table: 'log_entries' | 'parties' | 'sources', rows: Record<string, unknown>[]) =>
    handle.db.transaction().execute((tx) => handle.capabilities.insertRows(tx, table, rows));

  it('inserts text, integers and bytes exactly, whatever the text holds', async () => {
    const texts = ['{"a":"\\"quoted\\" \\\\ back"}', 'é€😀 Олена', 'a,b{c}"d"', 'with \u001e a separator', ' ', 'NULL'];
    const rows = texts.map((entry, i) => ({ idx: 1000 + i, type: `t${i}`, record_id: `r${i}`, entry, leaf_hash: Buffer.from([i, 0, 255, 92, 34]) }));
    // PostgreSQL sends a text column as one separated string unless a value holds the separator: both ways are here.
    await insert('log_entries', rows.filter((r) => !r.entry.includes('\u001e')));
    await insert('log_entries', rows.filter((r) => r.entry.includes('\u001e')));
    // One row whose text is empty: no split of an empty string may lose it.
    await insert('log_entries', [{ idx: 2000, type: 'empty', record_id: 'r-empty', entry: '', leaf_hash: Buffer.alloc(32) }]);
    const stored = await handle.db.selectFrom('log_entries').selectAll().where('idx', '>=', 1000).orderBy('idx').execute();
    expect(stored.map((r) => r.entry)).toEqual([...texts, '']);
    expect(stored.map((r) => Number(r.idx))).toEqual([...rows.map((r) => r.idx), 2000]);
    expect(stored.map((r) => Buffer.from(r.leaf_hash).toString('hex'))).toEqual([...rows.map((r) => r.leaf_hash.toString('hex')), '00'.repeat(32)]);
  });

  it('inserts nulls, and updates the named columns of many rows by id', async () => {
    const at = '2025-03-13T00:00:00.000Z';
    await insert('parties', ['some-party', 'other-party'].map((id, i) => ({ id, name: id, kind: 'state', aliases: '[]', created_at: at, updated_at: at, log_index: i })));
    const rows = [0, 1, 2].map((i) => ({
      id: `bulk-source-${i}`,
      name: `Source ${i}`,
      type: 'osint',
      affiliation: i === 1 ? 'some-party' : null,
      default_reliability: 'C',
      synthetic: i % 2,
      created_at: at,
      updated_at: at,
      log_index: i,
    }));
    await insert('sources', rows);
    const changed = rows.slice(0, 2).map((r, i) => ({ ...r, name: `Renamed ${i} "quoted"`, affiliation: i === 0 ? 'other-party' : null, log_index: 10 + i }));
    await handle.db.transaction().execute((tx) => handle.capabilities.updateRows(tx, 'sources', ['name', 'affiliation', 'log_index'], changed));
    const stored = await handle.db.selectFrom('sources').select(['id', 'name', 'affiliation', 'synthetic', 'log_index']).where('id', 'like', 'bulk-source-%').orderBy('id').execute();
    expect(stored.map((r) => ({ ...r, log_index: Number(r.log_index) }))).toEqual([
      { id: 'bulk-source-0', name: 'Renamed 0 "quoted"', affiliation: 'other-party', synthetic: 0, log_index: 10 },
      { id: 'bulk-source-1', name: 'Renamed 1 "quoted"', affiliation: null, synthetic: 1, log_index: 11 },
      { id: 'bulk-source-2', name: 'Source 2', affiliation: null, synthetic: 0, log_index: 2 },
    ]);
  });

  it('writes nothing for no rows, and all or nothing within the transaction', async () => {
    await insert('sources', []);
    const duplicate = { idx: 1000, type: 'dup', record_id: 'dup', entry: 'x', leaf_hash: Buffer.alloc(1) };
    await expect(insert('log_entries', [{ ...duplicate, idx: 3000 }, duplicate])).rejects.toThrow();
    expect(await handle.db.selectFrom('log_entries').select('idx').where('idx', '=', 3000).execute()).toEqual([]);
  });
});
