import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordCounts } from '../support/record-counts.js';
import { runCli } from '../support/run-cli.js';
import { startTestTruce, type TestTruce } from '../support/start-test-truce.js';
import { testDatabases, type TestDatabase } from '../support/test-databases.js';

const fixture = (path: string) => new URL(`./${path}`, import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'truce-import-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.each(testDatabases())('truce import on $name', (factory) => {
  let database: TestDatabase;
  let t: TestTruce;
  let url: string;

  beforeAll(async () => {
    database = await factory.create();
    t = await startTestTruce(database);
    url = database.pgSchema ? `${database.dbUrl}?options=${encodeURIComponent(`-c search_path=${database.pgSchema}`)}` : database.dbUrl;
  });
  afterAll(async () => {
    await t?.close();
    await database?.dispose();
  });

  const truceImport = (...args: string[]) => runCli(['import', ...args, '--db', url, '--data-dir', database.dataDir]);
  const counts = () => recordCounts(t.truce);
  const rejectsFile = (name: string) => join(dir, `${factory.name}-${name}`);
  const db = () => t.truce.database.db;

  it('in a dry run prints what it would create and refuse, with the reason, and writes nothing', async () => {
    const before = await counts();
    const res = await truceImport('acled', fixture('acled/current.csv'), '--dry-run');
    expect(res.code, res.stderr).toBe(0);
    expect(res.stdout.split('\n')).toEqual([
      'would create line 2: acled:XUK1001 shelling 2024-02-16 at 50.1234,36.5678',
      'would create line 4: acled:XUK1002 airstrike 2024-02-17 at 50.5,36.9',
      'would create line 5: acled:XUK1003 territorial_change 2024-02-18 at 49.9,37.2',
      'would refuse line 6: ACLED\'s type Demonstrations / Protests / Peaceful protest has no Truce kind',
      'acled: would create 3 reports, would refuse 1 row; nothing was written',
      '',
    ]);
    expect(await counts()).toEqual(before);
  });

  it('imports an ACLED export as reports from the ACLED source on the osint channel, the event id first in the narrative', async () => {
    const before = await counts();
    const rejects = rejectsFile('current-rejects.csv');
    const res = await truceImport('acled', fixture('acled/current.csv'), '--rejects', rejects);
    expect(res.code, res.stderr).toBe(0);
    expect(res.stdout).toBe(`acled: created 3 reports, refused 1 row (in ${rejects})\n`);
    expect(readFileSync(rejects, 'utf8')).toBe('line,reason\r\n6,ACLED\'s type Demonstrations / Protests / Peaceful protest has no Truce kind\r\n');
    const after = await counts();
    expect(after.reports).toBe(before.reports! + 3);
    expect(after.incidents).toBe(before.incidents! + 3);
    expect(after.sources).toBe(before.sources! + 1);
    const source = await db().selectFrom('sources').selectAll().where('name', '=', 'ACLED').executeTakeFirstOrThrow();
    expect(source).toMatchObject({ type: 'osint', affiliation: null, default_reliability: 'B' });
    const reports = await db().selectFrom('reports').selectAll().where('source_id', '=', source.id).orderBy('observed_from').execute();
    expect(reports.map((r) => [r.kind, r.channel, r.time_precision, r.geo_precision, r.reliability])).toEqual([
      ['shelling', 'osint', 'day', 'exact', 'B'],
      ['airstrike', 'osint', 'week', 'near', 'B'],
      ['territorial_change', 'osint', 'day', 'exact', 'B'],
    ]);
    expect(reports[0]!.narrative).toMatch(/^acled:XUK1001: Political violence \/ Explosions\/Remote violence \/ Shelling\/artillery\/missile attack\n/);
    expect(reports[0]!.narrative).toContain('Civilians (Exampleland) (Civilians), with Farmers (Exampleland)');
    expect(reports[0]!.narrative).toContain('Fatalities: 1, civilian or military not stated');
    expect(reports[0]!.narrative).toMatch(/\n\nOn 16 February 2024, artillery shelled Millbrook, "heavily", damaging two houses\.\nOne civilian was killed\.$/);
  });

  it.each(['numeric-2023.csv', 'monadic.csv', 'reordered.csv'])('reads %s as the same events, which cluster with those imported before', async (name) => {
    const before = await counts();
    const res = await truceImport('acled', fixture(`acled/${name}`));
    expect(res.code, res.stderr).toBe(0);
    expect(res.stdout).toBe('acled: created 3 reports, refused 1 row\n');
    expect(res.stderr).toContain('refused line');
    const after = await counts();
    expect(after.reports).toBe(before.reports! + 3);
    expect(after.incidents).toBe(before.incidents);
    expect(after.sources).toBe(before.sources);
  });

  it('imports the good rows of a file with bad ones, and names each bad one by line and reason in the rejects file', async () => {
    const before = await counts();
    const rejects = rejectsFile('bad-rejects.csv');
    const res = await truceImport('acled', fixture('acled/bad-rows.csv'), '--rejects', rejects);
    expect(res.code, res.stderr).toBe(0);
    expect(res.stdout).toBe(`acled: created 2 reports, refused 5 rows (in ${rejects})\n`);
    expect(readFileSync(rejects, 'utf8').split('\r\n')).toEqual([
      'line,reason',
      '4,"event_date ""31 February 2024"" is not a date"',
      '5,"latitude ""95"" is not between -90 and 90"',
      '6,"fatalities ""-2"" is not a whole number of zero or more"',
      '7,event_id_cnty is empty',
      '8,"geo_precision ""7"" is not 1, 2 or 3"',
      '',
    ]);
    expect((await counts()).reports).toBe(before.reports! + 2);
  });

  it('refuses a row the report rules refuse, such as one in the future, and writes the rest of its batch', async () => {
    const file = join(dir, `${factory.name}-future.csv`);
    const header = 'event_id_cnty,event_date,event_type,sub_event_type,actor1,actor2,latitude,longitude,fatalities';
    writeFileSync(file, `${header}\nXF1,2024-03-01,Battles,Armed clash,A,B,48.1,37.1,0\nXF2,2099-03-01,Battles,Armed clash,A,B,48.1,37.1,0\n`);
    const before = await counts();
    const res = await truceImport('acled', file);
    expect(res.code, res.stderr).toBe(0);
    expect(res.stdout).toBe('acled: created 1 report, refused 1 row\n');
    expect(res.stderr).toContain('refused line 3: observed_at.start: is more than 5 minutes in the future\n');
    expect((await counts()).reports).toBe(before.reports! + 1);
  });

  it('with --strict refuses the whole file at its first bad row and writes nothing', async () => {
    const before = await counts();
    const rejects = rejectsFile('strict-rejects.csv');
    const res = await truceImport('acled', fixture('acled/bad-rows.csv'), '--strict', '--rejects', rejects);
    expect(res.code).toBe(1);
    expect(res.stdout).toBe('');
    expect(res.stderr).toContain('truce: file: line 4: event_date "31 February 2024" is not a date\n');
    expect(readFileSync(rejects, 'utf8')).toBe('line,reason\r\n4,"event_date ""31 February 2024"" is not a date"\r\n');
    expect(await counts()).toEqual(before);
    const clean = await truceImport('acled', fixture('acled/reordered.csv'), '--strict', '--dry-run');
    expect(clean.code).toBe(1);
    expect(clean.stderr).toContain('truce: file: line 9: ACLED\'s type Protests / Peaceful protest has no Truce kind\n');
  });

  it.each([
    ['another format', 'id,name\n1,a\n', /^truce: file: is not an ACLED export: the columns event_id_cnty, event_date, event_type, sub_event_type, actor1, latitude, longitude, fatalities are missing$/m],
    ['a header only', 'event_id_cnty,event_date,event_type,sub_event_type,actor1,latitude,longitude,fatalities\n', /^truce: file: has a header but no rows$/m],
    ['an empty file', '', /^truce: file: is empty$/m],
  ])('refuses %s in one line with exit code 2, writing nothing', async (name, text, message) => {
    const file = join(dir, `${factory.name}-${name.replaceAll(' ', '-')}.csv`);
    writeFileSync(file, text);
    const before = await counts();
    const res = await truceImport('acled', file);
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(message);
    expect(res.stdout).toBe('');
    expect(await counts()).toEqual(before);
  });

  it('imports UCDP GED in Windows-1252 from the UCDP GED source, civilian deaths as civilians killed', async () => {
    const before = await counts();
    const rejects = rejectsFile('ucdp-rejects.csv');
    const res = await truceImport('ucdp-ged', fixture('ucdp/ged-cp1252.csv'), '--rejects', rejects);
    expect(res.code, res.stderr).toBe(0);
    expect(res.stdout).toBe(`ucdp-ged: created 1 report, refused 5 rows (in ${rejects})\n`);
    expect(readFileSync(rejects, 'utf8').split('\r\n').map((l) => l.split(',')[0])).toEqual(['line', '2', '4', '5', '6', '7', '']);
    expect(readFileSync(rejects, 'utf8')).toContain('2,UCDP\'s type_of_violence 1 (state-based conflict) has no Truce kind');
    expect((await counts()).reports).toBe(before.reports! + 1);
    const source = await db().selectFrom('sources').select('id').where('name', '=', 'UCDP GED').executeTakeFirstOrThrow();
    const report = await db().selectFrom('reports').selectAll().where('source_id', '=', source.id).executeTakeFirstOrThrow();
    expect(report).toMatchObject({ kind: 'civilian_harm', civilian_killed: 3, time_precision: 'month', geo_precision: 'region', observed_from: '2024-02-01T00:00:00.000Z', observed_to: '2024-02-29T23:59:59.999Z' });
    expect(report.narrative).toBe('ucdp:900002: one-sided violence\nSide A: Government of Testland\nSide B: Civilians\nDeaths: best 3, low 2, high 3 (civilians 3)\nLocation: Stonefield’s outskirts');
  });

  it('leaves a log that verifies, every imported report in it', async () => {
    const res = await runCli(['verify', '--db', url], { env: { TRUCE_CONFIG_DIR: join(dir, `${factory.name}-config`) } });
    expect(res.code, res.stdout + res.stderr).toBe(0);
    expect(res.stdout).toMatch(new RegExp(`^OK: .* verified: ${(await counts()).log_entries} entries`));
  });
});
