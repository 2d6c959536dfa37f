/**
 * Places: the time to load the gazetteer, then search: prefixes of real gazetteer names through
 * the search use case (a range on the indexed `name_key`, then, when that finds fewer than the
 * limit, one on the indexed `search_key`), against the match on the name done by a scan of every
 * place (`substr(name_key, 1, n) = prefix`, which no index answers), on the loaded gazetteer.
 * `--db=sqlite` (default) or `--db=postgres` (TRUCE_BENCH_PG_URL, by default the database
 * truce_bench on localhost); `--count=N` prefixes (default 500).
 */
import { sql } from 'kysely';
import { SYSTEM_ACTOR } from '../src/domain/actor.js';
import { loadGazetteer } from '../src/services/places/load-gazetteer.js';
import { searchPlaces } from '../src/services/places/search-places.js';
import { benchFlag, openBenchTruce } from './open-bench-truce.js';

export async function run(): Promise<void> {
  const db = benchFlag('db') === 'postgres' ? 'postgres' : 'sqlite';
  const count = Number(benchFlag('count') ?? 500);
  const { truce, dispose } = await openBenchTruce(db);
  try {
    const loadStart = process.hrtime.bigint();
    await truce.runner.write(SYSTEM_ACTOR, loadGazetteer, undefined);
    const loadMs = Number(process.hrtime.bigint() - loadStart) / 1e6;
    const keys = await truce.database.db.selectFrom('places').select('name_key').orderBy('geonames_id').execute();
    // Prefixes of 3 to 5 letters of names spread over the gazetteer, as a search box sends them.
    const prefixes = Array.from({ length: count }, (_, i) => {
      const key = keys[Math.floor((i * keys.length) / count)]!.name_key;
      return key.slice(0, 3 + (i % 3));
    });

    let found = 0;
    const indexedStart = process.hrtime.bigint();
    for (const q of prefixes) found += (await truce.runner.read(SYSTEM_ACTOR, searchPlaces, { q, limit: 20 })).length;
    const indexedMs = Number(process.hrtime.bigint() - indexedStart) / 1e6;

    let scanned = 0;
    const scanStart = process.hrtime.bigint();
    for (const q of prefixes) {
      const rows = await truce.database.db
        .selectFrom('places')
        .select(['geonames_id'])
        .where(sql<string>`substr(name_key, 1, ${q.length})`, '=', q)
        .orderBy('population', 'desc')
        .orderBy('geonames_id')
        .limit(20)
        .execute();
      scanned += rows.length;
    }
    const scanMs = Number(process.hrtime.bigint() - scanStart) / 1e6;

    console.log(`places search on ${db}: ${keys.length} places, ${count} prefixes`);
    console.log(`  gazetteer load: ${(loadMs / 1000).toFixed(2)} s`);
    console.log(`  indexed range: ${(indexedMs / count).toFixed(3)} ms per search (${found} places found)`);
    console.log(`  full scan:     ${(scanMs / count).toFixed(3)} ms per search (${scanned} places found)`);
    console.log(`  ratio scan / indexed: ${(scanMs / indexedMs).toFixed(1)}x`);
  } finally {
    await dispose();
  }
}
