import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestTruce, type TestTruce } from '../../test/support/start-test-truce.js';
import { testDatabases, type TestDatabase } from '../../test/support/test-databases.js';
import type { KindPolicy } from '../domain/policy/disclosure-policy.js';
import { DISCLOSURE, RECORD_KIND_NAMES } from '../domain/policy/disclosure-table.js';
import { RECORD_KINDS, recordFromRow } from './record-kinds.js';

/** Columns that are the log's bookkeeping, not the record's content. */
const BOOKKEEPING = new Set(['log_index', 'salts']);

// Integrity needs every column of a record in some group of its policy: a column in none would
// be written without entering the log, and could be changed unseen.
describe.each(testDatabases().slice(0, 1))('the disclosure policy covers every stored column, on $name', (factory) => {
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

  it.each(RECORD_KIND_NAMES)('reads every column of a %s into a group, and no secret', async (kind) => {
    const spec = RECORD_KINDS[kind];
    const tables = await t.truce.database.db.introspection.getTables();
    const columns = tables.find((table) => table.name === spec.table)!.columns.map((c) => c.name);
    const row: Record<string, unknown> = {};
    for (const column of columns) row[column] = spec.jsonColumns.includes(column) ? '[]' : spec.booleanColumns.includes(column) ? 1 : `${column}-value`;
    const read = new Set<string>();
    const record = new Proxy(recordFromRow(kind, row) as Record<string, unknown>, {
      get(target, property, receiver) {
        if (typeof property === 'string') read.add(property);
        return Reflect.get(target, property, receiver);
      },
    });
    const policy = DISCLOSURE[kind] as KindPolicy<unknown, unknown>;
    for (const group of Object.values(policy.groups)) {
      for (const field of Object.values(group.fields)) {
        try {
          field(record);
        } catch {
          // A field derived from a JSON member reads the column all the same.
        }
      }
    }
    const content = columns.filter((c) => !BOOKKEEPING.has(c) && !spec.secretColumns.includes(c) && c !== 'id');
    expect(content.filter((c) => !read.has(c))).toEqual([]);
    for (const secret of spec.secretColumns) expect(read.has(secret)).toBe(false);
  });
});
