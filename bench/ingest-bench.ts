/**
 * Ingest: N synthetic reports (default 1,000,000; `--count=N`) through the bulk
 * submission use case, with clustering and a log entry per report and incident
 * change, on SQLite and PostgreSQL; against a plain batched insert of the same rows
 * into the same table, with no clustering and no log, and against that insert with
 * each row's log entry (what the log alone costs). Each run is its own child
 * process, so that its peak RSS is its own. `--db=sqlite` or `--db=postgres` runs one.
 * PostgreSQL: TRUCE_BENCH_PG_URL, by default the database truce_bench on localhost
 * (create it once: `createdb -h 127.0.0.1 -U postgres truce_bench`).
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
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
import pg from 'pg';
import { BENCH_PG_URL, benchFlag, openBenchTruce, type BenchDb } from './open-bench-truce.js';

const BATCH = 10_000;
const MONITOR: Actor = { id: 'bench-monitor', role: 'monitor' };
const SOURCES = ['bench-source-mission', 'bench-source-osint', 'bench-source-ua'];

type Phase = 'service' | 'plain' | 'logged';
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
    return { seconds, cpuSeconds: cpu, writtenMb: written, rows: await count(truce, 'reports'), incidents: await count(truce, 'incidents'), logEntries: await count(truce, 'log_entries'), maxRssMb: maxRssMb(), ...lookup };
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
 * clustering and no checks; with `logged`, each row also enters the log as the service writes it (RecordWriter),
 * which shows what the log costs apart from clustering, incidents and rollups.
 */
async function plainPhase(db: Db, n: number, logged: boolean): Promise<PhaseResult> {
  const { truce, dispose } = await openBenchTruce(db);
  try {
    await setUp(truce);
    const kdb = truce.database.db;
    const incident = { id: 'bench-incident', family: 'attack', kind: 'shelling', status: 'reported', latitude: 0, longitude: 0, exact_latitude: 0, exact_longitude: 0, location_sensitive: 0, h3_cell: clusterCell(0, 0), first_observed_at: '2025-03-13T00:00:00.000Z', last_observed_at: '2025-03-13T00:00:00.000Z', report_count: 0, affiliations: '[]', corroboration: 0, agreement_id: null, attributed_party_id: null, attribution_confidence: null, merged_into: null, synthetic: 1, withheld_salt: '', created_at: '', updated_at: '', log_index: 0 };
    await kdb.insertInto('incidents').values(incident).execute();
    const now = new Date().toISOString();
    const [cpu0, written0] = [cpuSeconds(), writtenMb()];
    const started = performance.now();
    for (const batch of syntheticReports(n, BATCH, SOURCES)) {
      const rows = batch.map((r) => plainRow(r, now));
      if (logged) await truce.runner.write(MONITOR, (ctx) => ctx.records.insertMany('report', 'submitted', rows), undefined);
      else await kdb.transaction().execute((tx) => truce.database.capabilities.insertRows(tx, 'reports', rows.map(unlogged)));
    }
    const seconds = (performance.now() - started) / 1000;
    return { seconds, cpuSeconds: cpuSeconds() - cpu0, writtenMb: writtenMb() - written0, rows: await count(truce, 'reports'), incidents: 1, logEntries: await count(truce, 'log_entries'), maxRssMb: maxRssMb() };
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
    submitted_by: MONITOR.id, filed_by_party_id: null, synthetic: 1, withheld_salt: randomBytes(32).toString('hex'), created_at: now,
  };
}

/** A row that no log entry records, given its log_index in place, as insertMany does, so that neither path copies rows. */
function unlogged(row: ReturnType<typeof plainRow>): ReturnType<typeof plainRow> & { log_index: number } {
  return Object.assign(row, { log_index: 0 });
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
    const base = child('plain', db, n);
    const logged = child('logged', db, n);
    const ours = child('service', db, n);
    const rate = n / ours.seconds;
    const baseRate = n / base.seconds;
    const ratio = rate / baseRate;
    const target = db === 'sqlite' ? 20_000 : 10_000;
    line(`${db}.service_reports_per_s`, `${Math.round(rate)} (${ours.seconds.toFixed(1)} s; ${ours.incidents} incidents, ${ours.logEntries} log entries)`, `>= ${target}`, rate >= target);
    line(`${db}.plain_insert_reports_per_s`, `${Math.round(baseRate)} (${base.seconds.toFixed(1)} s; baseline: same rows, no clustering, no log)`);
    if (db === 'sqlite') line(`${db}.ratio_to_baseline`, ratio.toFixed(2), '>= 0.50', ratio >= 0.5);
    else line(`${db}.ratio_to_baseline`, ratio.toFixed(2));
    const loggedRate = n / logged.seconds;
    line(`${db}.logged_insert_reports_per_s`, `${Math.round(loggedRate)} (${logged.seconds.toFixed(1)} s; the same rows, each with the log entry the service writes for it; no clustering, incidents or rollups)`);
    line(`${db}.ratio_to_logged_insert`, `${(rate / loggedRate).toFixed(2)} (what clustering, incidents and rollups cost beyond the log)`);
    line(`${db}.cpu_s`, `service ${ours.cpuSeconds.toFixed(1)}, logged ${logged.cpuSeconds.toFixed(1)}, plain ${base.cpuSeconds.toFixed(1)} (this process only; plain/service ${(base.cpuSeconds / ours.cpuSeconds).toFixed(2)})`);
    // On PostgreSQL the server process does the writing, which this process cannot see.
    if (base.writtenMb > 0) line(`${db}.written_mb`, `service ${ours.writtenMb.toFixed(0)}, logged ${logged.writtenMb.toFixed(0)}, plain ${base.writtenMb.toFixed(0)} (by this process; service/plain ${(ours.writtenMb / base.writtenMb).toFixed(1)}×)`);
    line(`${db}.service_peak_rss_mb`, ours.maxRssMb.toFixed(0), '< 500', ours.maxRssMb < 500);
    line(`${db}.plain_peak_rss_mb`, base.maxRssMb.toFixed(0));
    line(`${db}.cluster_lookup_median_us`, ours.lookupMedianUs!.toFixed(1), '< 50', ours.lookupMedianUs! < 50);
    line(`${db}.cluster_lookup_p99_us`, ours.lookupP99Us!.toFixed(1));
    line(`${db}.load_average`, `${load()} after`);
    if (db === 'postgres') line(`${db}.autovacuum`, `${await autovacuum()} (when off, no table is analysed during the run and every plan is made without statistics)`);
    line(`${db}.cluster_candidate_query_us_per_report`, `${ours.candidateFetchUsPerReport!.toFixed(1)} (one indexed query per batch of ${BATCH}, amortised)`);
  }
}

if (process.argv[2] === 'ingest-child') {
  const [, , , phase, db, n] = process.argv as [string, string, string, Phase, Db, string];
  const result = phase === 'service' ? await servicePhase(db, Number(n)) : await plainPhase(db, Number(n), phase === 'logged');
  process.stdout.write(JSON.stringify(result));
}
