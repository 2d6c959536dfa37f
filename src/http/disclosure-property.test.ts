import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logEntries, sha256Node } from '../../test/support/expect-disclosed.js';
import { loginAs, type TestAccount } from '../../test/support/login-as.js';
import { monitoringFixtures, shelling, type MonitoringFixtures } from '../../test/support/monitoring-fixtures.js';
import { startTestTruce, type TestTruce } from '../../test/support/start-test-truce.js';
import { testDatabases, type TestDatabase } from '../../test/support/test-databases.js';
import { checkDisclosedRecord } from '../domain/policy/check-disclosure.js';

type Reader = 'public' | 'admin' | 'monitor' | 'otherMonitor' | 'verifier1' | 'mediator' | 'liaisonRu' | 'liaisonUa';
const READERS: Reader[] = ['public', 'admin', 'monitor', 'otherMonitor', 'verifier1', 'mediator', 'liaisonRu', 'liaisonUa'];

const text = fc.string({ minLength: 1, maxLength: 40, unit: 'grapheme' }).filter((s) => s.trim().length > 0);
const coordinate = (min: number, max: number) => fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
const tally = fc.option(fc.nat({ max: 50 }), { nil: null });

const reportArb = fc.record({
  kind: fc.constantFrom('shelling', 'drone_strike', 'troop_movement', 'civilian_harm'),
  point: fc.record({ latitude: coordinate(45, 52), longitude: coordinate(30, 40) }),
  location_sensitive: fc.boolean(),
  observer: fc.option(fc.record({ latitude: coordinate(45, 52), longitude: coordinate(30, 40), bearing_deg: fc.integer({ min: 0, max: 359 }), distance_m: fc.nat({ max: 20_000 }) }), { nil: null }),
  witness: fc.option(fc.record({ name: text, contact: text }), { nil: null }),
  narrative: fc.option(text, { nil: null }),
  count: tally,
  casualties: fc.record({ civilian_killed: tally, civilian_injured: tally }),
  // Each report its own hour, so that every case makes an incident of its own.
});

/** Every path to a leaf of a JSON value, for changing one at random. */
function leaves(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, [...path, i]));
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([k, v]) => leaves(v, [...path, k]));
  return [path];
}

function changeAt(value: unknown, path: (string | number)[]): unknown {
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let node = copy;
  for (const step of path.slice(0, -1)) node = node[step] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  const old = node[last];
  node[last] = typeof old === 'number' ? old + 1 : typeof old === 'boolean' ? !old : old === null ? 'changed' : `${String(old)}x`;
  return copy;
}

// For random reports and random readers: every field the API shows that reader opens against the log,
// and changing any one disclosed value, salt or index makes the check fail.
describe.each(testDatabases())('what each reader is shown opens against the log, on $name', (factory) => {
  let database: TestDatabase;
  let t: TestTruce;
  let f: MonitoringFixtures;
  let accounts: Record<Reader, TestAccount | null>;
  let reporterVerifier: TestAccount;
  let hour = 0;

  beforeAll(async () => {
    database = await factory.create();
    t = await startTestTruce(database);
    t.clock.set('2025-03-20T12:00:00Z');
    f = await monitoringFixtures(t);
    reporterVerifier = await loginAs(t, 'verifier');
    accounts = {
      public: null,
      admin: await loginAs(t, 'admin'),
      monitor: f.monitor,
      otherMonitor: await loginAs(t, 'monitor'),
      verifier1: f.verifier1,
      mediator: f.mediator,
      liaisonRu: f.liaisonRu,
      liaisonUa: f.liaisonUa,
    };
  });

  afterAll(async () => {
    await t?.close();
    await database?.dispose();
  });

  const headers = (reader: Reader) => accounts[reader]?.headers ?? {};

  it('holds for random reports, submitters, publications and readers', async () => {
    await fc.assert(
      fc.asyncProperty(
        reportArb,
        fc.constantFrom('monitor', 'liaisonUa', 'verifier'),
        fc.option(fc.constantFrom('ru', 'ua', 'none'), { nil: null }),
        fc.constantFrom(...READERS),
        fc.nat(),
        async (report, submitter, publishAgainst, reader, pick) => {
          const start = new Date(Date.parse('2025-03-01T00:00:00Z') + hour++ * 3 * 3_600_000).toISOString();
          const asLiaison = submitter === 'liaisonUa';
          const body = shelling(asLiaison ? f.sources.uaOfficial : f.sources.mission, { ...report, observed_at: { start }, channel: asLiaison ? 'party_allegation' : 'monitor', place: null });
          const by = submitter === 'monitor' ? f.monitor : submitter === 'verifier' ? reporterVerifier : f.liaisonUa;
          const filed = await f.api.post('/api/v1/reports', body, by.headers);
          expect(filed.status, JSON.stringify(filed.body)).toBe(201);
          const incidentId = (await f.api.get(`/api/v1/reports/${filed.body.id}`, f.verifier1.headers)).body.incident_id as string;
          if (publishAgainst) {
            const party = publishAgainst === 'none' ? null : f.parties[publishAgainst];
            const proposed = await f.api.post(`/api/v1/incidents/${incidentId}/decisions`, { outcome: 'verified', rationale: 'Seen.', credibility: 2, checks: [], attribution: { party_id: party, confidence: 'likely' } }, f.verifier1.headers);
            expect(proposed.status, JSON.stringify(proposed.body)).toBe(201);
            expect((await f.api.post(`/api/v1/incidents/${incidentId}/decisions/${proposed.body.id}/approvals`, undefined, f.verifier2.headers)).status).toBe(201);
          }
          await t.truce.log.signCheckpoint();
          for (const url of [`/api/v1/reports/${filed.body.id}`, `/api/v1/incidents/${incidentId}`]) {
            const shown = await f.api.get(url, headers(reader));
            if (shown.status === 404) continue;
            expect(shown.status, JSON.stringify(shown.body)).toBe(200);
            expect(await checkDisclosedRecord(shown.body, logEntries(t), sha256Node)).toEqual([]);
            const paths = leaves(shown.body).filter((p) => p[0] !== 'log_indexes');
            const changed = changeAt(shown.body, paths[pick % paths.length]!);
            expect((await checkDisclosedRecord(changed, logEntries(t), sha256Node)).length, JSON.stringify(paths[pick % paths.length])).toBeGreaterThan(0);
          }
        },
      ),
      { numRuns: 30 },
    );
  });
});
