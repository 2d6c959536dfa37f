import { expect } from 'vitest';
import { placeCell } from '../../src/domain/incidents/cluster-cells.js';
import { placeSearchKey } from '../../src/domain/monitoring/place-search-key.js';
import { monitoringFixtures, shelling, type MonitoringFixtures } from './monitoring-fixtures.js';
import type { TestTruce } from './start-test-truce.js';

/** One incident of the fixture, as the test defines it: what the expected figures are computed from by hand. */
export interface FixtureIncident {
  i: number;
  day: string;
  kind: 'shelling' | 'explosion' | 'access_restriction';
  subtype: string | null;
  region: 'UA.07' | 'RU.41';
  verified: boolean;
  party: 'ru' | 'ua' | null;
  breachesTerm: boolean;
  killed: number;
  injured: number;
  allegedByUa: boolean;
  dispute: 'upheld' | 'overturned' | null;
  id?: string;
}

export interface ComplianceFixture extends MonitoringFixtures {
  agreementId: string;
  termId: string;
  incidents: FixtureIncident[];
}

export const EFFECTIVE_DAY = '2025-03-13';
const PLACES = {
  'UA.07': { geonames_id: 704508, name: 'Kupiansk', country: 'UA', admin_code: '07', latitude: 49.7106, longitude: 37.6156, population: 27000 },
  'RU.41': { geonames_id: 486816, name: 'Sudzha', country: 'RU', admin_code: '41', latitude: 51.1976, longitude: 35.2726, population: 5500 },
};

/** The fixture's 52 incidents over ten days, two regions and two parties; each property follows from its index. */
export function fixtureIncidents(): FixtureIncident[] {
  const out: FixtureIncident[] = [];
  for (let i = 0; i < 50; i++) {
    const verified = i % 3 !== 2;
    out.push({
      i,
      day: `2025-03-${String(13 + (i % 10)).padStart(2, '0')}`,
      kind: i % 5 === 0 ? 'explosion' : 'shelling',
      subtype: i % 5 === 0 ? 'impact' : null,
      region: i < 25 ? 'UA.07' : 'RU.41',
      verified,
      party: verified ? (i % 2 === 0 ? 'ru' : 'ua') : null,
      breachesTerm: verified && i % 4 === 0,
      killed: verified && i % 7 === 0 ? 1 : 0,
      injured: verified && i % 7 === 0 ? 2 : 0,
      allegedByUa: i === 1 || i === 2,
      dispute: i === 6 ? 'overturned' : i === 12 ? 'upheld' : null,
    });
  }
  for (const i of [50, 51]) {
    out.push({ i, day: '2025-03-14', kind: 'access_restriction', subtype: 'denial', region: i === 50 ? 'UA.07' : 'RU.41', verified: i === 50, party: i === 50 ? 'ru' : null, breachesTerm: false, killed: 0, injured: 0, allegedByUa: false, dispute: null });
  }
  return out;
}

/** Builds the fixture through the API as users would; only the two gazetteer places are inserted directly, as the gazetteer loader does. */
export async function complianceFixture(t: TestTruce): Promise<ComplianceFixture> {
  // The figures are asked for after the ten days of the fixture.
  t.clock.set('2025-03-28T12:00:00Z');
  const f = await monitoringFixtures(t);
  for (const p of Object.values(PLACES)) {
    await t.truce.database.db.insertInto('places').values({ ...p, name_key: p.name.toLowerCase(), search_key: placeSearchKey(p.name), h3_cell: placeCell(p.latitude, p.longitude) }).execute();
  }
  const agreement = await f.api.post('/api/v1/agreements', { title: 'Compliance fixture ceasefire', kind: 'ceasefire', party_ids: [f.parties.ru, f.parties.ua], duration_days: 30, effective_at: `${EFFECTIVE_DAY}T00:00:00Z` }, f.mediator.headers);
  expect(agreement.status, JSON.stringify(agreement.body)).toBe(201);
  const agreementId = agreement.body.id as string;
  const term = await f.api.post(`/api/v1/agreements/${agreementId}/terms`, { code: 'CH-1', text: 'Cessation of all fire.', category: 'cessation_of_hostilities', applies_to: [f.parties.ru, f.parties.ua], status: 'agreed' }, f.mediator.headers);
  expect(term.status, JSON.stringify(term.body)).toBe(201);
  const termId = term.body.id as string;
  // Only what happens while the agreement is in force can violate it: the fixture's ten days are its first ten in force.
  const url = `/api/v1/agreements/${agreementId}`;
  expect((await f.api.post(`${url}/transitions`, { to: 'proposed' }, f.mediator.headers)).status).toBe(201);
  for (const party of [f.parties.ru, f.parties.ua]) {
    const position = await f.api.post(`${url}/positions`, { party_id: party, stance: 'accepted', stated_at: '2025-03-12T00:00:00Z' }, f.mediator.headers);
    expect(position.status, JSON.stringify(position.body)).toBe(201);
  }
  const inForce = await f.api.post(`${url}/transitions`, { to: 'in_force' }, f.mediator.headers);
  expect(inForce.status, JSON.stringify(inForce.body)).toBe(201);

  const incidents = fixtureIncidents();
  const report = (x: FixtureIncident, source: string, channel: string) => {
    const place = PLACES[x.region];
    return shelling(source, {
      kind: x.kind,
      ...(x.subtype ? { subtype: x.subtype } : {}),
      channel,
      // Three hours apart on a day: never one cluster.
      observed_at: { start: `${x.day}T${String(Math.floor(x.i / 10) * 3 + 1).padStart(2, '0')}:00:00Z` },
      point: { latitude: place.latitude + (x.i % 25) * 0.001, longitude: place.longitude },
      agreement_id: agreementId,
      casualties: x.killed + x.injured > 0 ? { civilian_killed: x.killed, civilian_injured: x.injured } : null,
      time_precision: 'exact',
      geo_precision: 'exact',
    });
  };
  const monitorReports = incidents.filter((x) => !x.allegedByUa);
  const bulk = await f.api.post('/api/v1/reports/bulk', { reports: monitorReports.map((x) => report(x, f.sources.mission, 'monitor')) }, f.monitor.headers);
  expect(bulk.status, JSON.stringify(bulk.body)).toBe(201);
  (bulk.body.items as { incident_id: string }[]).forEach((item, n) => (monitorReports[n]!.id = item.incident_id));
  for (const x of incidents.filter((y) => y.allegedByUa)) {
    const res = await f.api.post('/api/v1/reports', report(x, f.sources.uaOfficial, 'party_allegation'), f.liaisonUa.headers);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    // A liaison is not told which incident its allegation joined until that incident is visible to its party.
    expect(res.body.incident_id).toBeUndefined();
    x.id = (await f.api.get(`/api/v1/reports/${res.body.id}`, f.verifier1.headers)).body.incident_id;
  }
  expect(new Set(incidents.map((x) => x.id)).size).toBe(incidents.length);

  for (const x of incidents) {
    if (!x.verified && !x.allegedByUa) continue;
    const decision = x.verified
      ? { outcome: 'verified', rationale: 'Craters geolocated.', credibility: 2, checks: [], attribution: { party_id: f.parties[x.party!], confidence: 'likely' }, terms_breached: x.breachesTerm ? [termId] : [] }
      : { outcome: 'refuted', rationale: 'No trace found.', credibility: 5, checks: [] };
    const proposed = await f.api.post(`/api/v1/incidents/${x.id}/decisions`, decision, f.verifier1.headers);
    expect(proposed.status, JSON.stringify(proposed.body)).toBe(201);
    if (x.verified) {
      const approved = await f.api.post(`/api/v1/incidents/${x.id}/decisions/${proposed.body.id}/approvals`, undefined, f.verifier2.headers);
      expect(approved.status, JSON.stringify(approved.body)).toBe(201);
    }
    if (x.dispute) {
      const liaison = x.party === 'ru' ? f.liaisonRu : f.liaisonUa;
      const filed = await f.api.post('/api/v1/disputes', { incident_id: x.id, statement: 'Our positions were silent.' }, liaison.headers);
      expect(filed.status, JSON.stringify(filed.body)).toBe(201);
      const ruled = await f.api.post(`/api/v1/disputes/${filed.body.id}/ruling`, { ruling: x.dispute, rationale: 'Reviewed the imagery.' }, f.mediator.headers);
      expect(ruled.status, JSON.stringify(ruled.body)).toBe(201);
    }
  }
  await t.truce.log.signCheckpoint();
  return { ...f, agreementId, termId, incidents };
}
