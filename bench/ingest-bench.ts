/**
 * Ingest: N synthetic reports (default 1,000,000; `--count=N`) through the bulk
 * submission use case, with clustering, incidents, rollups and a sealed log entry per
 * report and incident change, on SQLite and PostgreSQL. The baseline, in the same run: the
 * plain batched insert of the same rows into the same table with one log entry each, encoded
 * in the earlier entry format by an encoder frozen in this folder, so that the baseline does
 * not move with the product. Also shown: the plain insert with no log at all, and the same
 * rows each with the sealed entry the service writes (what sealing costs apart from
 * clustering). Each run is its own child process, so that its peak RSS is its own.
 * `--db=sqlite` or `--db=postgres` runs one.
 * PostgreSQL: TRUCE_BENCH_PG_URL, by default the database truce_bench on localhost
 * (create it once: `createdb -h 127.0.0.1 -U postgres truce_bench`).
 */
import { spawnSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Truce } from '../src/create-truce.js';
import type { Actor } from '../src/domain/actor.js';
import { DEFAULT_CLUSTER_SETTINGS } from '../src/domain/incidents/cluster-decision.js';
import { clusterCell } from '../src/domain/incidents/cluster-cells.js';
import { kindFamily } from '../src/domain/monitoring/report-taxonomy.js';
import { createParty } from '../src/services/parties/create-party.js';
import { IncidentIndex } from '../src/services/incidents/incident-index.js';
import type { ReportInput } from '../src/services/reports/report-input.js';
import { submitReports } from '../src/services/reports/submit-reports.js';
import { createSource } from '../src/services/sources/create-source.js';
import { findClusterCandidates } from '../src/store/queries/incident-queries.js';
import { syntheticReports } from '../src/demo/synthetic-reports.js';
import type { Transaction } from 'kysely';
import pg from 'pg';
import type { Database } from '../src/store/database-schema.js';
import { appendLogEntriesOf } from '../src/store/log/append-log-entries.js';
import { frozenReportEntry } from './frozen-entry-encoder.js';
import { BENCH_PG_URL, benchFlag, openBenchTruce, type BenchDb } from './open-bench-truce.js';

const BATCH = 10_000;
const MONITOR: Actor = { id: 'bench-monitor', role: 'monitor' };
const SOURCES = ['bench-source-mission', 'bench-source-osint', 'bench-source-ua'];

type Phase = 'service' | 'plain' | 'baseline' | 'logged';
type Db = BenchDb;
interface PhaseResult {
  seconds: number;
  rows: number;
  incidents: number;
  logEntries: number;
  maxRssMb: number;
  /** CPU seconds of this process (not the database server's), the figure that machine load disturbs least. */
  cpuSeconds: number;
  /** Bytes the process wrote to storage: the log makes the service write several times the plain insert's bytes. */
  writtenMb: number;
  lookupMedianUs?: number;
  lookupP99Us?: number;
  candidateFetchUsPerReport?: number;
  /** Mean bytes of a report's log entry, and of what the database keeps to open it. */
  reportEntryBytes: number;
  reportOpeningBytes: number;
}

async function setUp(truce: Truce): Promise<void> {
  await truce.runner.write({ id: 'bench-admin', role: 'admin' }, async (ctx) => {
    await createParty(ctx, { id: 'bench-ua', name: 'Ukraine', kind: 'state', aliases: [] });
    await createSource(ctx, { id: SOURCES[0], name: 'Mission team', type: 'monitor_team', affiliation: null, default_reliability: 'B', synthetic: true });
    await createSource(ctx, { id: SOURCES[1], name: 'OSINT desk', type: 'osint', affiliation: null, default_reliability: 'C', synthetic: true });
    await createSource(ctx, { id: SOURCES[2], name: 'Ukrainian General Staff', type: 'party_official', affiliation: 'bench-ua', default_reliability: 'C', synthetic: true });
  }, undefined);
}

async function count(truce: Truce, table: 'reports' | 'incidents' | 'log_entries'): Promise<number> {
  return Number((await truce.database.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
}

/** The mean size of the entries about reports, and of their openings, from a sample of 10,000. */
async function entrySizes(truce: Truce): Promise<{ reportEntryBytes: number; reportOpeningBytes: number }> {
  const db = truce.database.db;
  const sample = await db
    .selectFrom('reports')
    .innerJoin('log_entries', 'log_entries.idx', 'reports.log_index')
    .leftJoin('log_openings', 'log_openings.idx', 'reports.log_index')
    .select(['log_entries.entry', 'log_openings.salts', 'log_openings.sealed', 'log_openings.actor'])
    .limit(10_000)
    .execute();
  const mean = (sizes: number[]) => (sizes.length ? sizes.reduce((a, b) => a + b, 0) / sizes.length : 0);
  return {
    reportEntryBytes: mean(sample.map((r) => Buffer.byteLength(r.entry))),
    reportOpeningBytes: mean(sample.map((r) => (r.sealed ? Buffer.byteLength(r.sealed) + Buffer.byteLength(r.salts!) + Buffer.byteLength(r.actor!) : 0))),
  };
}

async function servicePhase(db: Db, n: number): Promise<PhaseResult> {
  const { truce, dispose } = await openBenchTruce(db);
  try {
    await setUp(truce);
    const [cpu0, written0] = [cpuSeconds(), writtenMb()];
    const started = performance.now();
    for (const batch of syntheticReports(n, BATCH, SOURCES)) {
      await truce.runner.write(MONITOR, submitReports, { reports: batch, clustering: DEFAULT_CLUSTER_SETTINGS });
    }
    const seconds = (performance.now() - started) / 1000;
    const [cpu, written] = [cpuSeconds() - cpu0, writtenMb() - written0];
    const lookup = await measureLookup(truce, n);
    const sizes = await entrySizes(truce);
    return { seconds, cpuSeconds: cpu, writtenMb: written, rows: await count(truce, 'reports'), incidents: await count(truce, 'incidents'), logEntries: await count(truce, 'log_entries'), maxRssMb: maxRssMb(), ...lookup, ...sizes };
  } finally {
    await dispose();
  }
}

/** The clustering look-up as the bulk path does it: one indexed candidate query per batch, then one in-memory look-up per report. */
async function measureLookup(truce: Truce, n: number) {
  const [probe] = [...syntheticReports(BATCH, BATCH, SOURCES, n)];
  const index = new IncidentIndex(DEFAULT_CLUSTER_SETTINGS);
  const times = probe!.map((r) => Date.parse(r.observed_at.start));
  const windowMs = DEFAULT_CLUSTER_SETTINGS.windowMs;
  const fetchStart = performance.now();
  const rows = await findClusterCandidates(truce.database.db, null, new Date(Math.min(...times) - windowMs).toISOString(), new Date(Math.max(...times) + windowMs).toISOString());
  const fetchUs = (performance.now() - fetchStart) * 1000;
  for (const row of rows) index.add({ id: row.id, family: row.family as never, latitude: row.exact_latitude, longitude: row.exact_longitude, firstMs: Date.parse(row.first_observed_at), lastMs: Date.parse(row.last_observed_at) });
  const samples: number[] = [];
  for (const r of probe!) {
    const t0 = process.hrtime.bigint();
    index.find({ family: kindFamily(r.kind), latitude: r.point!.latitude, longitude: r.point!.longitude, fromMs: Date.parse(r.observed_at.start), toMs: Date.parse(r.observed_at.start) });
    samples.push(Number(process.hrtime.bigint() - t0) / 1000);
  }
  samples.sort((a, b) => a - b);
  return { lookupMedianUs: samples[samples.length >> 1]!, lookupP99Us: samples[Math.floor(samples.length * 0.99)]!, candidateFetchUsPerReport: fetchUs / probe!.length };
}

/**
 * The same rows, inserted in the same batches into the same table by the same bulk insert the service uses: no
 * clustering and no checks. `plain` writes no log; `baseline` appends each row's entry in the earlier format
 * (frozen-entry-encoder.ts) to the same log; `logged` writes each row as the service does (RecordWriter, sealed).
 */
async function plainPhase(db: Db, n: number, phase: Exclude<Phase, 'service'>): Promise<PhaseResult> {
  const { truce, dispose } = await openBenchTruce(db);
  try {
    await setUp(truce);
    const kdb = truce.database.db;
    const incident = { id: 'bench-incident', family: 'attack', kind: 'shelling', status: 'reported', latitude: 0, longitude: 0, exact_latitude: 0, exact_longitude: 0, location_sensitive: 0, h3_cell: clusterCell(0, 0), first_observed_at: '2025-03-13T00:00:00.000Z', last_observed_at: '2025-03-13T00:00:00.000Z', report_count: 0, affiliations: '[]', corroboration: 0, agreement_id: null, attributed_party_id: null, attribution_confidence: null, merged_into: null, synthetic: 1, created_at: '', updated_at: '', log_index: 0, salts: '{}' };
    await kdb.insertInto('incidents').values(incident).execute();
    const now = new Date().toISOString();
    const [cpu0, written0] = [cpuSeconds(), writtenMb()];
    const started = performance.now();
    for (const batch of syntheticReports(n, BATCH, SOURCES)) {
      const rows = batch.map((r) => plainRow(r, now));
      if (phase === 'logged') await truce.runner.write(MONITOR, (ctx) => ctx.records.insertMany('report', 'submitted', rows), undefined);
      else if (phase === 'baseline') await kdb.transaction().execute((tx) => insertWithFrozenEntries(tx, truce, rows, now));
      else await kdb.transaction().execute((tx) => truce.database.capabilities.insertRows(tx, 'reports', rows.map((row) => unlogged(row, 0))));
    }
    const seconds = (performance.now() - started) / 1000;
    const sizes = await entrySizes(truce);
    return { seconds, cpuSeconds: cpuSeconds() - cpu0, writtenMb: writtenMb() - written0, rows: await count(truce, 'reports'), incidents: 1, logEntries: await count(truce, 'log_entries'), maxRssMb: maxRssMb(), ...sizes };
  } finally {
    await dispose();
  }
}

function plainRow(r: ReportInput, now: string) {
  const p = r.point!;
  return {
    id: r.id!, incident_id: 'bench-incident', kind: r.kind, subtype: r.subtype ?? null, observed_from: r.observed_at.start, observed_to: r.observed_at.start, time_precision: 'exact',
    latitude: p.latitude, longitude: p.longitude, exact_latitude: p.latitude, exact_longitude: p.longitude, location_sensitive: 0, geo_precision: 'exact', place_id: null, place_name: null,
    observer_latitude: null, observer_longitude: null, bearing_deg: null, distance_m: null, count: r.count ?? null, weapon: r.weapon ?? null,
    civilian_killed: null, civilian_injured: null, military_killed: null, military_injured: null, narrative: r.narrative ?? null, witness: null,
    source_id: r.source_id, source_affiliation: r.source_id === SOURCES[2] ? 'bench-ua' : null, channel: r.channel, reliability: 'B', credibility: 6, agreement_id: null, term_ids: '[]',
    submitted_by: MONITOR.id, filed_by_party_id: null, synthetic: 1, created_at: now,
  };
}

/** A row given its log index in place, as insertMany does, so that no path copies rows. */
function unlogged(row: ReturnType<typeof plainRow>, logIndex: number): ReturnType<typeof plainRow> & { log_index: number; salts: string } {
  return Object.assign(row, { log_index: logIndex, salts: '{}' });
}

/** The earlier writer's insertMany: every row's entry appended in one call, then the rows with their indexes. */
async function insertWithFrozenEntries(tx: Transaction<Database>, truce: Truce, rows: ReturnType<typeof plainRow>[], now: string): Promise<void> {
  const indexes = await appendLogEntriesOf(tx, truce.database.capabilities, rows.length, (i) => frozenReportEntry(rows[i]!, MONITOR.id, now));
  await truce.database.capabilities.insertRows(tx, 'reports', rows.map((row, i) => unlogged(row, indexes[i]!)));
}

const maxRssMb = (): number => process.resourceUsage().maxRSS / 1024;
const cpuSeconds = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
};
// fsWrite counts 512-byte blocks written to storage (ru_oublock).
const writtenMb = (): number => (process.resourceUsage().fsWrite * 512) / 1e6;

async function autovacuum(): Promise<string> {
  const client = new pg.Client({ connectionString: BENCH_PG_URL });
  await client.connect();
  try {
    return String((await client.query<{ autovacuum: string }>('show autovacuum')).rows[0]?.autovacuum);
  } finally {
    await client.end();
  }
}

function child(phase: Phase, db: Db, n: number): PhaseResult {
  const out = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), 'ingest-child', phase, db, String(n)], {
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (out.status !== 0) throw new Error(`ingest bench ${phase} on ${db} failed with status ${String(out.status)}`);
  return JSON.parse(out.stdout) as PhaseResult;
}

function line(name: string, value: string, target?: string, ok?: boolean): void {
  const verdict = target === undefined ? '' : ` (target ${target}) ${ok ? 'OK' : 'FAIL'}`;
  console.log(`ingest.${name} ${value}${verdict}`);
}

export async function run(): Promise<void> {
  const n = Number(benchFlag('count') ?? 1_000_000);
  const dbs = (benchFlag('db') ?? 'sqlite,postgres').split(',') as Db[];
  line('reports', `${n} synthetic reports in batches of ${BATCH} (--count=N to change)`);
  const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');
  line('load_average', `${load()} at the start on ${cpus().length} cores (wall-clock rates depend on it)`);
  for (const db of dbs) {
    const plain = child('plain', db, n);
    const base = child('baseline', db, n);
    const logged = child('logged', db, n);
    const ours = child('service', db, n);
    const rate = n / ours.seconds;
    const baseRate = n / base.seconds;
    const ratio = rate / baseRate;
    line(`${db}.service_reports_per_s`, `${Math.round(rate)} (${ours.seconds.toFixed(1)} s; ${ours.incidents} incidents, ${ours.logEntries} log entries)`);
    line(`${db}.baseline_reports_per_s`, `${Math.round(baseRate)} (${base.seconds.toFixed(1)} s; the same rows inserted with one log entry each in the earlier format, no clustering)`);
    line(`${db}.ratio_to_baseline`, ratio.toFixed(2), '>= 0.50', ratio >= 0.5);
    const plainRate = n / plain.seconds;
    line(`${db}.plain_insert_reports_per_s`, `${Math.round(plainRate)} (${plain.seconds.toFixed(1)} s; no log at all; service/plain ${(rate / plainRate).toFixed(2)})`);
    const loggedRate = n / logged.seconds;
    line(`${db}.sealed_insert_reports_per_s`, `${Math.round(loggedRate)} (${logged.seconds.toFixed(1)} s; the same rows, each with the sealed entry the service writes; sealed/baseline ${(loggedRate / baseRate).toFixed(2)})`);
    line(`${db}.ratio_to_sealed_insert`, `${(rate / loggedRate).toFixed(2)} (what clustering, incidents and rollups cost beyond the log)`);
    line(`${db}.report_entry_bytes`, `before ${base.reportEntryBytes.toFixed(0)} (earlier format, all in the log), after ${ours.reportEntryBytes.toFixed(0)} in the log + ${ours.reportOpeningBytes.toFixed(0)} kept to open it`);
    line(`${db}.cpu_s`, `service ${ours.cpuSeconds.toFixed(1)}, sealed ${logged.cpuSeconds.toFixed(1)}, baseline ${base.cpuSeconds.toFixed(1)}, plain ${plain.cpuSeconds.toFixed(1)} (this process only)`);
    // On PostgreSQL the server process does the writing, which this process cannot see.
    if (base.writtenMb > 0) line(`${db}.written_mb`, `service ${ours.writtenMb.toFixed(0)}, sealed ${logged.writtenMb.toFixed(0)}, baseline ${base.writtenMb.toFixed(0)}, plain ${plain.writtenMb.toFixed(0)} (by this process)`);
    line(`${db}.service_peak_rss_mb`, ours.maxRssMb.toFixed(0), '< 500', ours.maxRssMb < 500);
    line(`${db}.baseline_peak_rss_mb`, base.maxRssMb.toFixed(0));
    line(`${db}.cluster_lookup_median_us`, ours.lookupMedianUs!.toFixed(1), '< 50', ours.lookupMedianUs! < 50);
    line(`${db}.cluster_lookup_p99_us`, ours.lookupP99Us!.toFixed(1));
    line(`${db}.load_average`, `${load()} after`);
    if (db === 'postgres') line(`${db}.autovacuum`, `${await autovacuum()} (when off, no table is analysed during the run and every plan is made without statistics)`);
    line(`${db}.cluster_candidate_query_us_per_report`, `${ours.candidateFetchUsPerReport!.toFixed(1)} (one indexed query per batch of ${BATCH}, amortised)`);
  }
}

if (process.argv[2] === 'ingest-child') {
  const [, , , phase, db, n] = process.argv as [string, string, string, Phase, Db, string];
  const result = phase === 'service' ? await servicePhase(db, Number(n)) : await plainPhase(db, Number(n), phase);
  process.stdout.write(JSON.stringify(result));
}
