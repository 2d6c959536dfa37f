import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { placeCell } from '../../domain/incidents/cluster-cells.js';
import { placeSearchKey } from '../../domain/monitoring/place-search-key.js';
import { refreshContributions } from '../../services/compliance/refresh-contributions.js';
import { monitoringFixtures, shelling, type MonitoringFixtures } from '../../../test/support/monitoring-fixtures.js';
import { startTestTruce, type TestTruce } from '../../../test/support/start-test-truce.js';
import { testDatabases, type TestDatabase } from '../../../test/support/test-databases.js';

const PLACES = [
  { geonames_id: 704508, name: 'Kupiansk', country: 'UA', admin_code: '07', latitude: 49.7106, longitude: 37.6156, population: 27000 },
  { geonames_id: 486816, name: 'Sudzha', country: 'RU', admin_code: '41', latitude: 51.1976, longitude: 35.2726, population: 5500 },
];
const KUPIANSK = { latitude: 49.7106, longitude: 37.6156 };
const SUDZHA = { latitude: 51.1976, longitude: 35.2726 };
/** Far from both gazetteer places: its incidents have no region. */
const NOWHERE = { latitude: 47.1, longitude: 33.1 };

type Point = { latitude: number; longitude: number };
const near = (p: Point, km: number) => ({ latitude: p.latitude + km / 111, longitude: p.longitude });
const at = (day: number, hour: number, minute = 0) => `2025-03-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00Z`;

/**
 * Bulk submission refreshes the incidents it creates from what it holds, and the others from the
 * database: the rollups must come out exactly as a recompute of every incident from its rows.
 */
describe.each(testDatabases())('compliance rollups after report submission on $name', (factory) => {
  let database: TestDatabase;
  let t: TestTruce;
  let f: MonitoringFixtures;
  let agreementId: string;

  beforeAll(async () => {
    database = await factory.create();
    t = await startTestTruce(database);
    t.clock.set('2025-03-28T12:00:00Z');
    f = await monitoringFixtures(t);
    for (const p of PLACES) await t.truce.database.db.insertInto('places').values({ ...p, name_key: p.name.toLowerCase(), search_key: placeSearchKey(p.name), h3_cell: placeCell(p.latitude, p.longitude) }).execute();
    const agreement = await f.api.post('/api/v1/agreements', { title: 'Rollup ceasefire', kind: 'ceasefire', party_ids: [f.parties.ru, f.parties.ua], duration_days: 30, effective_at: '2025-03-13T00:00:00Z' }, f.mediator.headers);
    expect(agreement.status, JSON.stringify(agreement.body)).toBe(201);
    agreementId = agreement.body.id;
  }, 120_000);

  afterAll(async () => {
    await t?.close();
    await database?.dispose();
  });

  const report = (source: string, point: Point, start: string, extra: Record<string, unknown> = {}) => shelling(source, { point, observed_at: { start }, agreement_id: agreementId, ...extra });
  const bulk = async (reports: Record<string, unknown>[]): Promise<string[]> => {
    const res = await f.api.post('/api/v1/reports/bulk', { reports }, f.monitor.headers);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return (res.body.items as { incident_id: string }[]).map((i) => i.incident_id);
  };
  const allege = async (body: Record<string, unknown>): Promise<string> => {
    const res = await f.api.post('/api/v1/reports', { ...body, source_id: f.sources.uaOfficial, channel: 'party_allegation' }, f.liaisonUa.headers);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return (await f.api.get(`/api/v1/reports/${res.body.id}`, f.verifier1.headers)).body.incident_id;
  };
  const decide = async (incidentId: string, decision: Record<string, unknown>) => {
    const proposed = await f.api.post(`/api/v1/incidents/${incidentId}/decisions`, { rationale: 'Craters geolocated.', credibility: 2, checks: [], ...decision }, f.verifier1.headers);
    expect(proposed.status, JSON.stringify(proposed.body)).toBe(201);
    return proposed.body.id as string;
  };

  it('equal a recompute from the raw rows, after batches of new incidents and of reports joining existing ones', async () => {
    const { mission, osint, uaOfficial } = f.sources;
    const first = await bulk([
      // Corroborated by two affiliations, with casualties: counted per region.
      report(mission, KUPIANSK, at(14, 8), { kind: 'explosion', subtype: 'impact', casualties: { civilian_killed: 1, civilian_injured: 2 } }),
      report(uaOfficial, near(KUPIANSK, 1), at(14, 8, 20), { kind: 'explosion', subtype: 'airburst', casualties: { civilian_killed: 2 }, time_precision: 'day', geo_precision: 'near' }),
      // Two sub-types at the same time: the tie falls the same way whichever path counts it.
      report(mission, SUDZHA, at(15, 6), { kind: 'explosion', subtype: 'outgoing' }),
      report(osint, near(SUDZHA, 0.5), at(15, 6), { kind: 'explosion', subtype: 'undetermined', reliability: 'D' }),
      report(mission, near(SUDZHA, 30), at(15, 12), { kind: 'access_restriction', subtype: 'denial', geo_precision: 'region' }),
      report(osint, NOWHERE, at(16, 9), { casualties: { civilian_injured: 4 }, time_precision: 'week' }),
      // No agreement yet: it counts for nothing until a report joins it with one.
      report(mission, near(KUPIANSK, 40), at(17, 9), { agreement_id: null }),
      report(mission, near(SUDZHA, 60), at(18, 9)),
    ]);
    const [corroborated, , tie, , restricted, nowhere, unattached, later] = first;
    expect(new Set(first).size).toBe(6);

    // A liaison's allegation joins an incident, another starts one.
    expect(await allege(report(uaOfficial, near(SUDZHA, 0.2), at(15, 6, 30), { kind: 'explosion', subtype: 'outgoing', casualties: { civilian_killed: 3 } }))).toBe(tie);
    const alleged = await allege(report(uaOfficial, near(KUPIANSK, 80), at(19, 22), { time_precision: 'month' }));
    // A verified incident takes no more reports; one refuted and then under review again still does, with its decision in force.
    const verified = await decide(tie!, { outcome: 'verified', attribution: { party_id: f.parties.ru, confidence: 'likely' } });
    expect((await f.api.post(`/api/v1/incidents/${tie}/decisions/${verified}/approvals`, undefined, f.verifier2.headers)).status).toBe(201);
    await decide(later!, { outcome: 'refuted', credibility: 5 });
    await decide(later!, { outcome: 'verified', attribution: { party_id: f.parties.ua, confidence: 'possible' } });

    const second = await bulk([
      report(osint, near(KUPIANSK, 2), at(14, 9), { kind: 'explosion', subtype: 'airburst', casualties: { civilian_killed: 5 } }),
      report(uaOfficial, near(SUDZHA, 60.5), at(18, 10), { casualties: { civilian_injured: 1 } }),
      report(osint, near(SUDZHA, 30.2), at(15, 12, 40), { kind: 'access_restriction', subtype: 'delay' }),
      report(uaOfficial, near(KUPIANSK, 40.5), at(17, 10)),
      report(osint, NOWHERE, at(16, 10), { reliability: 'A' }),
      report(mission, near(KUPIANSK, 80.3), at(19, 23)),
      report(mission, near(SUDZHA, 100), at(20, 5), { kind: 'explosion', subtype: 'impact', casualties: { civilian_killed: 1 } }),
      report(uaOfficial, near(SUDZHA, 100.5), at(20, 5, 30), { kind: 'burst_or_shot', time_precision: 'day' }),
      report(mission, near(KUPIANSK, 120), at(21, 7), { geo_precision: 'near' }),
      report(osint, near(KUPIANSK, 120), at(21, 7), { agreement_id: null }),
    ]);
    expect(second.slice(0, 6)).toEqual([corroborated, later, restricted, unattached, nowhere, alleged]);
    const created = second.slice(6);
    expect(created.filter((id) => first.includes(id) || id === alleged)).toEqual([]);
    expect(new Set(created).size).toBe(2);

    const stored = await rollups();
    expect(stored.length).toBeGreaterThan(20);
    expect(stored.some((r) => r.startsWith(`allegation_received|${f.parties.ua}|`))).toBe(true);
    expect(stored.some((r) => r.startsWith('casualty_incident|') && r.includes('|UA.07|'))).toBe(true);
    expect(await recomputed()).toEqual({ rollups: stored, contributions: await contributions() });
  });

  /** Every rollup row with a value, as text, sorted. */
  async function rollups(db = t.truce.database.db): Promise<string[]> {
    const rows = await db.selectFrom('compliance_rollups').selectAll().execute();
    return rows.filter((r) => Number(r.value) !== 0).map((r) => [r.measure, r.party_id, r.agreement_id, r.day, r.kind, r.subtype, r.region, r.term_id, Number(r.value)].join('|')).sort();
  }

  async function contributions(db = t.truce.database.db): Promise<string[]> {
    const rows = await db.selectFrom('compliance_contributions').selectAll().execute();
    return rows.map((r) => [r.incident_id, r.measure, r.party_id, r.agreement_id, r.day, r.kind, r.subtype, r.region, r.term_id, Number(r.value)].join('|')).sort();
  }

  /** Every incident refreshed from its rows alone into empty tables, in a transaction that is rolled back. */
  async function recomputed(): Promise<{ rollups: string[]; contributions: string[] }> {
    const rollback = new Error('roll back');
    let out: { rollups: string[]; contributions: string[] } | undefined;
    await t.truce.database.db
      .transaction()
      .execute(async (tx) => {
        await tx.deleteFrom('compliance_contributions').execute();
        await tx.deleteFrom('compliance_rollups').execute();
        await refreshContributions({ db: tx }, (await tx.selectFrom('incidents').select('id').execute()).map((r) => r.id));
        out = { rollups: await rollups(tx), contributions: await contributions(tx) };
        throw rollback;
      })
      .catch((e: unknown) => {
        if (e !== rollback) throw e;
      });
    return out!;
  }
});
