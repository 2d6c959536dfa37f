/**
 * Exports: the incidents as ACLED CSV, as `GET /api/v1/incidents.csv` and `truce export acled`
 * write them (each page read with its reports, every record disclosed to the reader, mapped and
 * written as CSV), against the baseline of reading the same incidents through the incident list
 * (the same pages of 500, each incident presented and serialised as JSON), in the same run, as the
 * public on 100,000 published incidents (`--count=N`), on SQLite and, with `--pg=URL`,
 * TRUCE_BENCH_PG_URL or TRUCE_TEST_PG_URL, PostgreSQL. `--db=sqlite|postgres` runs one. The set-up
 * inserts the incidents directly, without reports or log entries (see bench-incidents.ts).
 */
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { incidentPolicy } from '../src/domain/policy/disclosure/incident-policy.js';
import { PUBLIC_ACTOR } from '../src/domain/actor.js';
import { presentIncident } from '../src/http/incidents/present-incident.js';
import { EXPORT_PAGE_SIZE, exportIncidentsAcledCsv } from '../src/services/exports/export-incidents.js';
import { getIncidents } from '../src/services/incidents/get-incidents.js';
import type { Truce } from '../src/create-truce.js';
import { loadDemoScenario } from '../src/demo/load-demo-scenario.js';
import { insertBenchIncidents } from './bench-incidents.js';
import { benchFlag, openBenchTruce, type BenchDb } from './open-bench-truce.js';

const COUNT = Number(benchFlag('count') ?? 100_000);
const RUNS = 3;

async function csvExport(truce: Truce): Promise<{ rows: number; bytes: number }> {
  let rows = -1;
  let bytes = 0;
  for await (const line of exportIncidentsAcledCsv(truce.runner, PUBLIC_ACTOR)) {
    rows++;
    bytes += line.length;
  }
  return { rows, bytes };
}

async function listPages(truce: Truce): Promise<{ rows: number; bytes: number }> {
  let rows = 0;
  let bytes = 0;
  let cursor: string | undefined;
  do {
    const page = await truce.runner.read(PUBLIC_ACTOR, getIncidents, { limit: EXPORT_PAGE_SIZE, ...(cursor ? { cursor } : {}) });
    const body = JSON.stringify({ items: page.items.flatMap((i) => presentIncident(PUBLIC_ACTOR, i) ?? []), next_cursor: page.next_cursor });
    rows += page.items.length;
    bytes += body.length;
    cursor = page.next_cursor ?? undefined;
  } while (cursor);
  return { rows, bytes };
}

/** The best of a few runs: the least disturbed by the other work on the machine. */
async function best(work: () => Promise<{ rows: number; bytes: number }>): Promise<{ ms: number; rows: number; bytes: number }> {
  let fastest = { ms: Infinity, rows: 0, bytes: 0 };
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    const out = await work();
    const ms = performance.now() - start;
    if (ms < fastest.ms) fastest = { ms, ...out };
  }
  return fastest;
}

async function benchOn(db: BenchDb, pgUrl?: string): Promise<void> {
  const { truce, dispose } = await openBenchTruce(db, pgUrl ? { pgUrl } : {});
  try {
    // The incidents belong to the demo's agreement and parties.
    await loadDemoScenario(truce.runner);
    await insertBenchIncidents(truce, COUNT);
    // The bench incidents have no log entries; a salt per sealed group lets them be disclosed as logged ones are.
    const salts = JSON.stringify(Object.fromEntries(Object.keys(incidentPolicy.groups).map((name) => [name, randomBytes(16).toString('hex')])));
    await truce.database.db.updateTable('incidents').set({ salts }).execute();
    const baseline = await best(() => listPages(truce));
    const csv = await best(() => csvExport(truce));
    if (csv.rows !== baseline.rows) throw new Error(`the export wrote ${csv.rows} rows, the list read ${baseline.rows}`);
    const rate = (r: { ms: number; rows: number }) => Math.round(r.rows / (r.ms / 1000));
    console.log(`${db}: ${csv.rows} incidents`);
    console.log(`  list pages as JSON (baseline): ${baseline.ms.toFixed(0)} ms, ${rate(baseline)} incidents/s, ${(baseline.bytes / 1e6).toFixed(1)} MB`);
    console.log(`  ACLED CSV export:              ${csv.ms.toFixed(0)} ms, ${rate(csv)} incidents/s, ${(csv.bytes / 1e6).toFixed(1)} MB`);
    console.log(`  ratio export/baseline rate: ${(rate(csv) / rate(baseline)).toFixed(2)}`);
  } finally {
    await dispose();
  }
}

export async function run(): Promise<void> {
  const only = benchFlag('db');
  const pgUrl = benchFlag('pg') ?? process.env['TRUCE_BENCH_PG_URL'] ?? process.env['TRUCE_TEST_PG_URL'];
  if (only !== 'postgres') await benchOn('sqlite');
  if (only !== 'sqlite' && pgUrl) await benchOn('postgres', pgUrl);
}
