import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestTruce, type TestTruce } from '../../../test/support/start-test-truce.js';
import { testDatabases, type TestDatabase } from '../../../test/support/test-databases.js';
import { SYSTEM_ACTOR } from '../../domain/actor.js';
import { placeSearchKey } from '../../domain/monitoring/place-search-key.js';
import { searchPlaces } from '../../services/places/search-places.js';
import { placeSearchKeysMigration } from './0016-place-search-keys.js';

// A gazetteer loaded before this migration has no search keys: the migration computes them.
describe.each(testDatabases())('search keys for a gazetteer loaded before them on $name', (factory) => {
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

  it('gives every place the key of its name, more than one update apart, and the search finds them by it', async () => {
    const db = t.truce.database.db;
    // The table as it was: no search key, and places in it (more than one chunk of them).
    await db.schema.dropIndex('places_search_key').execute();
    await db.schema.alterTable('places').dropColumn('search_key').execute();
    const names = ['Kupjansk', 'Kharkiv', ...Array.from({ length: 2500 }, (_, i) => `Place ${i} Zhytomyrs’ke`)];
    for (const [i, name] of names.entries()) {
      await sql`insert into places (geonames_id, name, name_key, country, admin_code, latitude, longitude, population, h3_cell)
        values (${i + 1}, ${name}, ${name.toLowerCase()}, 'UA', '07', 49.7, 37.6, ${names.length - i}, 'cell')`.execute(db);
    }

    await placeSearchKeysMigration.up(db);

    const stored = await db.selectFrom('places').select(['name', 'search_key']).orderBy('geonames_id').execute();
    expect(stored).toEqual(names.map((name) => ({ name, search_key: placeSearchKey(name) })));
    const found = await t.truce.runner.read(SYSTEM_ACTOR, searchPlaces, { q: 'Купянск' });
    expect(found.map((p) => p.name)).toEqual(['Kupjansk']);
  }, 120_000);
});
