/**
 * Entry point of `npm run bench -- [NAME]` (node --import tsx bench/run.ts [NAME]).
 * Each bench is bench/NAME-bench.ts exporting run(); add yours to the map.
 */
type Bench = { run(): Promise<void> };

const benches: Record<string, () => Promise<Bench>> = {
  ledger: () => import('./ledger-bench.js'),
  web: () => import('./web-bench.js'),
  ingest: () => import('./ingest-bench.js'),
  places: () => import('./places-bench.js'),
  compliance: () => import('./compliance-bench.js'),
  export: () => import('./export-bench.js'),
};

// Arguments starting with -- are the benches' own flags (e.g. --count=N).
const requested = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const unknown = requested.filter((name) => !(name in benches));
if (unknown.length > 0) {
  console.error(`unknown bench ${unknown.join(', ')}; available: ${Object.keys(benches).join(', ')}`);
  process.exit(2);
}
for (const name of requested.length > 0 ? requested : Object.keys(benches)) {
  const load = benches[name];
  if (load === undefined) continue;
  console.log(`# bench ${name}`);
  await (await load()).run();
}
