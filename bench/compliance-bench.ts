/**
 * Compliance figures: 1,000,000 incidents over 60 days and 2 parties (`--count=N`), on SQLite and
 * PostgreSQL. It measures the compliance query (the whole use case: rollups, figures and the log
 * tree head, in one snapshot) for a 30-day window and for one day, against the baseline of an
 * unindexed GROUP BY over the raw incident rows for the same window (violations per party and kind only).
 *
 * The set-up measures queries, not writes: it bulk-inserts the raw rows into an unindexed table and
 * the rollups and region names directly, computed by the same functions the services use, instead of
 * going through report submission and decisions (`npm run bench -- ingest` measures that path).
 * PostgreSQL runs with `--pg=URL`, TRUCE_BENCH_PG_URL or TRUCE_TEST_PG_URL, in a schema of its
 * own that is dropped at the end; without any, only SQLite runs. `--db=sqlite|postgres` runs one.
 */
import { sql } from 'kysely';
import { benchFlag, openBenchTruce } from './open-bench-truce.js';
import type { Truce } from '../src/create-truce.js';
import { PUBLIC_ACTOR } from '../src/domain/actor.js';
import { addDays } from '../src/domain/compliance/compliance-periods.js';
import { contributionKey, incidentContribution, type Contribution } from '../src/domain/compliance/incident-contribution.js';
import { createAgreement } from '../src/services/agreements/create-agreement.js';
import { getCompliance } from '../src/services/compliance/get-compliance.js';
import { nameRegions } from '../src/services/compliance/incident-regions.js';
import { createParty } from '../src/services/parties/create-party.js';

const DAYS = 60;
const FIRST_DAY = '2025-03-01';
const PARTIES = ['bench-ru', 'bench-ua'];
const AGREEMENT = 'bench-agreement';
const KINDS = ['explosion', 'shelling', 'missile_strike', 'drone_strike', 'burst_or_shot', 'ground_assault', 'access_restriction', 'troop_movement'];
const SUBTYPES = ['impact', 'airburst', 'outgoing', 'undetermined'];
const REGIONS = ['UA.07', 'UA.05', 'UA.14', 'UA.23', 'RU.41', 'RU.09'];
const TERMS = ['bench-term-1', 'bench-term-2'];
const STATUSES = ['verified', 'verified', 'verified', 'reported', 'under_review', 'refuted', 'upheld', 'overturned'];
const CHUNK = 5000;
const RUNS = 15;

type Db = 'sqlite' | 'postgres';

/** A small deterministic generator, so that every run measures the same data. */
function generator(seed: number) {
  let state = seed >>> 0;
  return (n: number) => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state % n;
  };
}

interface RawRow {
  agreement_id: string;
  first_observed_at: string;
  status: string;
  attributed_party_id: string | null;
  kind: string;
  subtype: string | null;
  region: string;
}

function* incidents(count: number): Generator<{ raw: RawRow; contributions: Contribution[] }> {
  const pick = generator(20250313);
  for (let i = 0; i < count; i++) {
    const day = addDays(FIRST_DAY, i % DAYS);
    const kind = KINDS[pick(KINDS.length)]!;
    const subtype = kind === 'explosion' ? SUBTYPES[pick(SUBTYPES.length)]! : null;
    const status = STATUSES[pick(STATUSES.length)]!;
    const party = ['verified', 'upheld', 'overturned'].includes(status) ? PARTIES[pick(2)]! : null;
    const region = REGIONS[pick(REGIONS.length)]!;
    const at = `${day}T${String(pick(24)).padStart(2, '0')}:${String(pick(60)).padStart(2, '0')}:00.000Z`;
    const raw = { agreement_id: AGREEMENT, first_observed_at: at, status, attributed_party_id: party, kind, subtype, region };
    const contributions = incidentContribution({
      id: `i${i}`,
      kind,
      status,
      first_observed_at: at,
      agreement_id: AGREEMENT,
      in_force: { from: `${FIRST_DAY}T00:00:00.000Z`, until: null },
      attributed_party_id: party,
      merged_into: null,
      corroboration: 1 + pick(3),
      synthetic: true,
      region,
      terms_breached: party && pick(3) === 0 ? [TERMS[pick(2)]!] : [],
      decided_after_hours: status === 'reported' ? null : pick(72),
      disputes: status === 'upheld' || status === 'overturned' ? [status] : [],
      reports: [{ subtype, channel: 'monitor', filed_by_party_id: null, time_precision: 'exact', geo_precision: pick(4) === 0 ? 'near' : 'exact', reliability: 'ABC'[pick(3)]!, civilian_killed: pick(50) === 0 ? 1 : 0, civilian_injured: pick(30) === 0 ? 2 : 0 }],
    });
    yield { raw, contributions };
  }
}

async function load(truce: Truce, count: number): Promise<{ rollupRows: number; seconds: number }> {
  const started = performance.now();
  await truce.runner.write({ id: 'bench-mediator', role: 'mediator' }, async (ctx) => {
    for (const [id, name] of [[PARTIES[0]!, 'Russia'], [PARTIES[1]!, 'Ukraine']] as const) await createParty(ctx, { id, name, kind: 'state', aliases: [] });
    await createAgreement(ctx, { id: AGREEMENT, title: 'Bench ceasefire', kind: 'ceasefire', party_ids: PARTIES, duration_days: DAYS, effective_at: `${FIRST_DAY}T00:00:00.000Z`, synthetic: true });
  }, undefined);
  const db = truce.database.db;
  // The baseline's table: the columns a GROUP BY needs, and no index at all.
  await db.schema
    .createTable('bench_raw_incidents')
    .addColumn('agreement_id', 'text')
    .addColumn('first_observed_at', 'text')
    .addColumn('status', 'text')
    .addColumn('attributed_party_id', 'text')
    .addColumn('kind', 'text')
    .addColumn('subtype', 'text')
    .addColumn('region', 'text')
    .execute();
  const sums = new Map<string, Contribution>();
  let batch: RawRow[] = [];
  const flush = () => db.transaction().execute((tx) => truce.database.capabilities.insertRows(tx, 'bench_raw_incidents' as never, batch as never));
  for (const { raw, contributions } of incidents(count)) {
    batch.push(raw);
    for (const c of contributions) {
      const key = contributionKey(c);
      const found = sums.get(key);
      if (found) found.value += c.value;
      else sums.set(key, { ...c });
    }
    if (batch.length === CHUNK) {
      await flush();
      batch = [];
    }
  }
  if (batch.length > 0) await flush();
  const rollups = [...sums.values()];
  await db.transaction().execute((tx) => truce.database.capabilities.insertRows(tx, 'compliance_rollups', rollups as never));
  await nameRegions(db, REGIONS);
  await sql`analyze`.execute(db);
  return { rollupRows: rollups.length, seconds: (performance.now() - started) / 1000 };
}

async function median(run: () => Promise<unknown>): Promise<number> {
  for (let i = 0; i < 2; i++) await run();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    await run();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[times.length >> 1]!;
}

async function benchOne(db: Db, count: number, pgUrl: string | undefined): Promise<void> {
  const { truce, dispose } = await openBenchTruce(db, { ...(pgUrl ? { pgUrl } : {}), clock: () => new Date('2025-05-01T00:00:00Z') });
  try {
    const loaded = await load(truce, count);
    const windowFrom = addDays(FIRST_DAY, 15);
    const windowTo = addDays(windowFrom, 29);
    const oneDay = addDays(FIRST_DAY, 30);
    const window = await median(() => truce.runner.read(PUBLIC_ACTOR, getCompliance, { agreement_id: AGREEMENT, from: windowFrom, to: windowTo, group: 'window' }));
    const day = await median(() => truce.runner.read(PUBLIC_ACTOR, getCompliance, { agreement_id: AGREEMENT, from: oneDay, to: oneDay, group: 'day' }));
    const baseline = await median(() =>
      truce.database.db
        .selectFrom('bench_raw_incidents' as never)
        .select([sql`attributed_party_id`.as('party'), sql`kind`.as('kind'), sql`count(*)`.as('n')])
        .where(sql`agreement_id`, '=', AGREEMENT)
        .where(sql`status`, 'in', ['verified', 'upheld'])
        .where(sql`first_observed_at`, '>=', `${windowFrom}T00:00:00.000Z`)
        .where(sql`first_observed_at`, '<', `${addDays(windowTo, 1)}T00:00:00.000Z`)
        .groupBy([sql`attributed_party_id`, sql`kind`])
        .execute(),
    );
    const dayBaseline = await median(() =>
      truce.database.db
        .selectFrom('bench_raw_incidents' as never)
        .select([sql`attributed_party_id`.as('party'), sql`kind`.as('kind'), sql`count(*)`.as('n')])
        .where(sql`agreement_id`, '=', AGREEMENT)
        .where(sql`status`, 'in', ['verified', 'upheld'])
        .where(sql`first_observed_at`, '>=', `${oneDay}T00:00:00.000Z`)
        .where(sql`first_observed_at`, '<', `${addDays(oneDay, 1)}T00:00:00.000Z`)
        .groupBy([sql`attributed_party_id`, sql`kind`])
        .execute(),
    );
    const ms = (n: number) => `${n.toFixed(1)} ms`;
    console.log(`${db}: ${count.toLocaleString('en')} incidents over ${DAYS} days, ${loaded.rollupRows.toLocaleString('en')} rollup rows (set-up ${loaded.seconds.toFixed(0)} s)`);
    console.log(`  30-day window: compliance ${ms(window)} median, unindexed GROUP BY ${ms(baseline)}: ${(baseline / window).toFixed(1)}× faster${db === 'sqlite' ? `; target < 100 ms: ${window < 100 ? 'met' : 'NOT met'}` : ''}; target ≥ 10×: ${baseline / window >= 10 ? 'met' : 'NOT met'}`);
    console.log(`  one day:       compliance ${ms(day)} median, unindexed GROUP BY ${ms(dayBaseline)}: ${(dayBaseline / day).toFixed(1)}× faster`);
  } finally {
    await dispose();
  }
}

export async function run(): Promise<void> {
  const count = Number(benchFlag('count') ?? 1_000_000);
  const only = benchFlag('db') as Db | undefined;
  const pgUrl = benchFlag('pg') ?? process.env['TRUCE_BENCH_PG_URL'] ?? process.env['TRUCE_TEST_PG_URL'];
  if (!only || only === 'sqlite') await benchOne('sqlite', count, pgUrl);
  if (!only || only === 'postgres') {
    if (pgUrl) await benchOne('postgres', count, pgUrl);
    else console.log('postgres: skipped (give --pg=URL, TRUCE_BENCH_PG_URL or TRUCE_TEST_PG_URL)');
  }
}
