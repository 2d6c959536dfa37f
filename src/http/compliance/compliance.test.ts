import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { complianceFixture, type ComplianceFixture, type FixtureIncident } from '../../../test/support/compliance-fixture.js';
import { startTestTruce, type TestTruce } from '../../../test/support/start-test-truce.js';
import { testDatabases, type TestDatabase } from '../../../test/support/test-databases.js';
import { refreshContributions } from '../../services/compliance/refresh-contributions.js';

const PUBLIC = { remoteAddress: '203.0.113.9' };
type Period = { start: string; end: string };

describe.each(testDatabases())('compliance figures on $name', (factory) => {
  let database: TestDatabase;
  let t: TestTruce;
  let f: ComplianceFixture;

  beforeAll(async () => {
    database = await factory.create();
    t = await startTestTruce(database);
    f = await complianceFixture(t);
  }, 120_000);

  afterAll(async () => {
    await t?.close();
    await database?.dispose();
  });

  const figures = async (query: string) => {
    const res = await t.app.inject({ method: 'GET', url: `/api/v1/agreements/${f.agreementId}/compliance?${query}`, ...PUBLIC });
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };
  // The expected values, counted by hand from the fixture's definition, never from the database.
  const inRange = (p: Period) => (x: FixtureIncident) => x.day >= p.start && x.day <= p.end;
  const violations = (p: Period, pick: (x: FixtureIncident) => boolean = () => true) =>
    f.incidents.filter((x) => x.verified && x.dispute !== 'overturned' && inRange(p)(x) && pick(x)).length;
  const figure = (count: (p: Period) => number, p: Period, previous: Period) => ({
    value: count(p),
    previous: count(previous),
    change: count(p) - count(previous),
    cumulative: count({ start: '2025-03-13', end: p.end }),
  });
  const party = (body: { parties: { party_id: string }[] }, name: 'ru' | 'ua'): any => body.parties.find((p) => p.party_id === f.parties[name])!;

  it('gives the whole window’s figures per party, kind, region and term, and the tree head they came from', async () => {
    const body = await figures('from=2025-03-13&to=2025-03-22&group=window');
    const window = { start: '2025-03-13', end: '2025-03-22' };
    const before = { start: '2025-03-03', end: '2025-03-12' };
    expect(body.periods).toHaveLength(1);
    const [p] = body.periods;
    expect(p.violations).toEqual(figure((q) => violations(q), window, before));
    expect(p.violations.value).toBe(34);
    const ru = party(p, 'ru');
    expect(ru.violations).toEqual(figure((q) => violations(q, (x) => x.party === 'ru'), window, before));
    expect(ru.by_kind).toEqual(
      expect.arrayContaining([
        { kind: 'explosion', subtype: 'impact', ...figure((q) => violations(q, (x) => x.party === 'ru' && x.kind === 'explosion'), window, before) },
        { kind: 'shelling', subtype: null, ...figure((q) => violations(q, (x) => x.party === 'ru' && x.kind === 'shelling'), window, before) },
      ]),
    );
    expect(ru.by_region.map((r: { region: string; region_name: string; value: number }) => [r.region, r.region_name, r.value]).sort()).toEqual([
      ['RU.41', 'Sudzha region (RU)', violations(window, (x) => x.party === 'ru' && x.region === 'RU.41')],
      ['UA.07', 'Kupiansk region (UA)', violations(window, (x) => x.party === 'ru' && x.region === 'UA.07')],
    ]);
    expect(ru.by_term).toEqual([{ term_id: f.termId, term_code: 'CH-1', ...figure((q) => violations(q, (x) => x.party === 'ru' && x.breachesTerm), window, before) }]);
    expect(ru.access_restrictions.value).toBe(1);
    expect(p.monitoring.access_restrictions.value).toBe(2);
    const killed = f.incidents.filter((x) => x.verified && x.dispute !== 'overturned').reduce((s, x) => s + x.killed, 0);
    expect(p.monitoring.civilian_killed.value).toBe(killed);
    expect(p.monitoring.civilian_injured.value).toBe(killed * 2);
    expect(p.casework.allegations_received.value).toBe(2);
    expect(p.casework.allegations_investigated.value).toBe(2);
    expect(p.casework.allegations_substantiated.value).toBe(1);
    expect(party(p, 'ua').allegations_received.value).toBe(2);
    expect(p.casework.disputes).toEqual({ filed: 2, pending: 0, upheld: 1, overturned: 1 });
    expect(p.casework.decisions).toBe(f.incidents.filter((x) => x.verified || x.allegedByUa).length);
    expect(p.casework.median_hours_to_decision).toBe(0);
    expect(p.data_quality.time_precision).toEqual([{ value: 'exact', count: f.incidents.filter((x) => x.verified || (!x.allegedByUa && !x.verified)).length - f.incidents.filter((x) => x.dispute === 'overturned').length }]);
    const log = await t.truce.database.db.selectFrom('log_entries').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    expect(body.checkpoint.size).toBe(Number(log.n));
    const signed = await t.truce.log.latestCheckpoint();
    expect(body.checkpoint.root).toBe(signed!.root.toString('base64'));
    expect(body.synthetic_data).toBe(false);
  });

  it('gives one day’s figures against the day before, with the count since effective_at', async () => {
    const body = await figures('from=2025-03-13&to=2025-03-22&group=day');
    expect(body.periods).toHaveLength(10);
    const day = body.periods[1];
    expect(day).toMatchObject({ start: '2025-03-14', end: '2025-03-14' });
    const d = { start: '2025-03-14', end: '2025-03-14' };
    const prev = { start: '2025-03-13', end: '2025-03-13' };
    expect(day.violations).toEqual(figure((q) => violations(q), d, prev));
    expect(party(day, 'ua').violations).toEqual(figure((q) => violations(q, (x) => x.party === 'ua'), d, prev));
    const regions = (['RU.41', 'UA.07'] as const).filter((r) => violations(d, (x) => x.region === r) + violations(prev, (x) => x.region === r) > 0);
    expect(day.by_region.map((r: { region: string; value: number }) => [r.region, r.value]).sort()).toEqual(regions.map((r) => [r, violations(d, (x) => x.region === r)]));
  });

  it('gives weekly figures, the second week against the first', async () => {
    const body = await figures('from=2025-03-13&to=2025-03-26&group=week');
    expect(body.periods.map((p: Period) => [p.start, p.end])).toEqual([
      ['2025-03-13', '2025-03-19'],
      ['2025-03-20', '2025-03-26'],
    ]);
    const week2 = { start: '2025-03-20', end: '2025-03-26' };
    const week1 = { start: '2025-03-13', end: '2025-03-19' };
    expect(body.periods[1].violations).toEqual(figure((q) => violations(q), week2, week1));
    expect(party(body.periods[1], 'ru').violations).toEqual(figure((q) => violations(q, (x) => x.party === 'ru'), week2, week1));
  });

  it('keeps the rollups equal to the figures recomputed from the raw rows, after a merge, a split and a new decision', async () => {
    const [a, b] = f.incidents.filter((x) => !x.verified && !x.allegedByUa);
    const merged = await f.api.post(`/api/v1/incidents/${a!.id}/merge`, { incident_ids: [b!.id] }, f.verifier1.headers);
    expect(merged.status, JSON.stringify(merged.body)).toBe(200);
    const moved = (merged.body.reports as { id: string; incident_id: string }[]).find((r) => r.id !== merged.body.reports[0].id)!;
    const split = await f.api.post(`/api/v1/incidents/${a!.id}/split`, { report_ids: [moved.id] }, f.verifier1.headers);
    expect(split.status, JSON.stringify(split.body)).toBe(201);

    // A refuted allegation decided again, verified this time.
    const refuted = f.incidents.find((x) => x.allegedByUa && !x.verified)!;
    const again = await f.api.post(`/api/v1/incidents/${refuted.id}/decisions`, { outcome: 'verified', rationale: 'New imagery.', credibility: 2, checks: [], attribution: { party_id: f.parties.ru, confidence: 'possible' }, terms_breached: [f.termId] }, f.verifier1.headers);
    expect(again.status, JSON.stringify(again.body)).toBe(201);
    expect((await f.api.post(`/api/v1/incidents/${refuted.id}/decisions/${again.body.id}/approvals`, undefined, f.verifier2.headers)).status).toBe(201);

    const stored = await rollupTotals();
    // Recompute every incident's contribution from scratch into an empty rollup, in one transaction that is rolled back.
    const recomputed = await t.truce.database.db
      .transaction()
      .execute(async (tx) => {
        await tx.deleteFrom('compliance_contributions').execute();
        await tx.deleteFrom('compliance_rollups').execute();
        const ids = (await tx.selectFrom('incidents').select('id').execute()).map((r) => r.id);
        await refreshContributions({ db: tx }, ids);
        const rows = await rollupTotals(tx);
        throw Object.assign(new Error('roll back'), { rows });
      })
      .catch((e: { rows?: Map<string, number> }) => e.rows);
    expect(recomputed).toEqual(stored);
    // And the violations equal a plain GROUP BY over the incident rows.
    const raw = await t.truce.database.db
      .selectFrom('incidents')
      .select(['attributed_party_id', (eb) => eb.fn.countAll().as('n')])
      .where('agreement_id', '=', f.agreementId)
      .where('status', 'in', ['verified', 'upheld'])
      .where('merged_into', 'is', null)
      .groupBy('attributed_party_id')
      .execute();
    for (const r of raw) expect(stored.get(`violation|${r.attributed_party_id}`)).toBe(Number(r.n));
  });

  it('answers 400 naming the field for a bad range or group, and 404 for an unknown agreement', async () => {
    const bad = await t.app.inject({ method: 'GET', url: `/api/v1/agreements/${f.agreementId}/compliance?from=2025-03-20&to=2025-03-13`, ...PUBLIC });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().details[0].path).toBe('to');
    const group = await t.app.inject({ method: 'GET', url: `/api/v1/agreements/${f.agreementId}/compliance?group=month`, ...PUBLIC });
    expect(group.statusCode).toBe(400);
    expect(group.json().details[0].path).toContain('group');
    const date = await t.app.inject({ method: 'GET', url: `/api/v1/agreements/${f.agreementId}/compliance?from=13-03-2025`, ...PUBLIC });
    expect(date.statusCode).toBe(400);
    const unknown = await t.app.inject({ method: 'GET', url: '/api/v1/agreements/nope/compliance', ...PUBLIC });
    expect(unknown.statusCode).toBe(404);
  });

  async function rollupTotals(db = t.truce.database.db): Promise<Map<string, number>> {
    const rows = await db
      .selectFrom('compliance_rollups')
      .select(['measure', 'party_id', (eb) => eb.fn.sum<number>('value').as('total')])
      .groupBy(['measure', 'party_id'])
      .execute();
    return new Map(rows.filter((r) => Number(r.total) !== 0).map((r) => [`${r.measure}|${r.party_id}`, Number(r.total)]));
  }
});
