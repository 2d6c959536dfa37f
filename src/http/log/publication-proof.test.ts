import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiClient } from '../../../test/support/api-client.js';
import { expectDisclosed, logEntries, sha256Node } from '../../../test/support/expect-disclosed.js';
import { monitoringFixtures, shelling, type MonitoringFixtures } from '../../../test/support/monitoring-fixtures.js';
import { startTestTruce, type TestTruce } from '../../../test/support/start-test-truce.js';
import { testDatabases, type TestDatabase } from '../../../test/support/test-databases.js';
import { checkOpenings, type Opening } from '../../domain/policy/check-disclosure.js';
import { DISCLOSURE } from '../../domain/policy/disclosure-table.js';

// An allegation filed on 13 March and published days later: the public proves that what is
// published now is what was recorded when it was filed, from the entries made then.
describe.each(testDatabases())('publication proved against the entries made at filing, on $name', (factory) => {
  let database: TestDatabase;
  let t: TestTruce;
  let f: MonitoringFixtures;
  const publicApi = () => apiClient(t.app);

  beforeAll(async () => {
    database = await factory.create();
    t = await startTestTruce(database);
    f = await monitoringFixtures(t);
  });

  afterAll(async () => {
    await t?.close();
    await database?.dispose();
  });

  /** The index of a record's first entry, found as any mirror of the log would: by reading the entries. */
  async function filingIndex(recordId: string): Promise<number> {
    for (let start = 0; ; start += 1000) {
      const page = await publicApi().get(`/api/v1/log/entries?start=${start}&limit=1000`);
      const found = (page.body.items as { index: number; entry: { id: string } }[]).find((item) => item.entry.id === recordId);
      if (found) return found.index;
      if (page.body.items.length < 1000) throw new Error(`no entry about ${recordId}`);
    }
  }

  it('gives the public nothing to open before publication, and after it the openings of the filing entries, equal to what is shown', async () => {
    const monitorReport = await f.api.post('/api/v1/reports', shelling(f.sources.mission, { witness: { name: 'Kept from everyone' } }), f.monitor.headers);
    const allegation = await f.api.post('/api/v1/reports', shelling(f.sources.uaOfficial, { channel: 'party_allegation', narrative: 'Shelling of the market at 10:00.' }), f.liaisonUa.headers);
    expect([monitorReport.status, allegation.status]).toEqual([201, 201]);
    const incidentId = (await f.api.get(`/api/v1/reports/${monitorReport.body.id}`, f.verifier1.headers)).body.incident_id as string;
    const filed: Record<string, number> = { [monitorReport.body.id]: await filingIndex(monitorReport.body.id), [allegation.body.id]: await filingIndex(allegation.body.id) };

    expect((await publicApi().get(`/api/v1/incidents/${incidentId}`)).status).toBe(404);
    for (const index of Object.values(filed)) expect((await publicApi().get(`/api/v1/log/entries/${index}`)).body.openings).toEqual([]);

    t.clock.set('2025-03-20T09:00:00Z');
    const proposed = await f.api.post(`/api/v1/incidents/${incidentId}/decisions`, { outcome: 'verified', rationale: 'Craters geolocated.', credibility: 2, checks: [], attribution: { party_id: f.parties.ru, confidence: 'likely' } }, f.verifier1.headers);
    expect((await f.api.post(`/api/v1/incidents/${incidentId}/decisions/${proposed.body.id}/approvals`, undefined, f.verifier2.headers)).status).toBe(201);
    await t.truce.log.signCheckpoint();

    const published = await publicApi().get(`/api/v1/incidents/${incidentId}`);
    expect(published.status).toBe(200);
    await expectDisclosed(t, published.body);
    expect(published.body.reports).toHaveLength(2);
    for (const report of published.body.reports as Record<string, unknown>[]) {
      const index = filed[report.id as string]!;
      const entry = (await logEntries(t)(index))!;
      const openings = (await publicApi().get(`/api/v1/log/entries/${index}`)).body.openings as Opening[];
      expect(await checkOpenings(entry, openings, sha256Node)).toEqual([]);
      const groups = openings.map((o) => o.group).sort();
      expect(groups).toEqual(['change', 'incident', 'location', 'rounded_location', 'summary']);
      // What was recorded at filing is what is published now, field by field.
      for (const opening of openings.filter((o) => o.group !== 'change' && o.group !== 'rounded_location')) {
        const fields = Object.keys(DISCLOSURE.report.groups[opening.group]!.fields);
        expect(opening.value).toEqual(Object.fromEntries(fields.map((field) => [field, report[field]])));
      }
      expect(openings.find((o) => o.group === 'change')!.value).toEqual({ event: 'submitted' });
    }
  });
});
