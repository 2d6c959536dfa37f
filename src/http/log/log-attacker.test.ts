import { randomBytes } from 'node:crypto';
import { latLngToCell } from 'h3-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiClient } from '../../../test/support/api-client.js';
import { loginAs, type TestAccount } from '../../../test/support/login-as.js';
import { shelling } from '../../../test/support/monitoring-fixtures.js';
import { multipart, MULTIPART_TYPE } from '../../../test/support/multipart.js';
import { startTestTruce, type TestTruce } from '../../../test/support/start-test-truce.js';
import { testDatabases, type TestDatabase } from '../../../test/support/test-databases.js';
import { loadDemo } from '../../demo/load-demo.js';
import { DEMO_IDS } from '../../demo/load-demo-scenario.js';
import { decodeEntryBundle, entriesPath, TILE_WIDTH } from '../../ledger/tile-path.js';

/** A marker no real text contains, so that finding it anywhere is a leak. */
const marker = (what: string) => `${what}-${randomBytes(8).toString('hex')}`;

/** A coordinate with nine random decimals: every rounding of it is distinctive. */
const coordinate = (base: number) => Number((base + 0.1 + Math.random() * 0.8).toFixed(9));

const PNG = Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), Buffer.alloc(64, 7)]);

/** Every way a coordinate could be spelled in a log: decimals at 3–7 places, scaled integers, their hex, base64 of either, and its IEEE 754 bytes. */
function coordinateSpellings(value: number): string[] {
  const out: string[] = [];
  for (let places = 3; places <= 7; places++) {
    const decimal = value.toFixed(places);
    const scaled = Math.round(value * 10 ** places);
    out.push(`[token]${decimal}`, Buffer.from(decimal).toString('base64'), Buffer.from(decimal).toString('hex'));
    // Shorter tokens than six characters turn up by chance among the log's numbers and hashes.
    for (const token of [String(scaled), scaled.toString(16)]) if (token.length >= 6) out.push(`[token]${token}`);
    out.push(Buffer.from(String(scaled)).toString('base64'));
  }
  const bytes = Buffer.alloc(8);
  bytes.writeDoubleBE(value);
  out.push(bytes.toString('hex'), bytes.toString('base64'), Buffer.from(bytes).reverse().toString('hex'));
  return out;
}

/**
 * Finds a spelling in the text. Short ones (a rounded decimal, a scaled integer) count only as whole
 * tokens: hashes and ids are full of digits, and a published point may share a rounded prefix.
 */
function contains(text: string, spelling: string): boolean {
  if (!spelling.startsWith('[token]')) return text.includes(spelling);
  const token = spelling.slice('[token]'.length).replace('.', '\\.');
  return new RegExp(`(?<![0-9a-zA-Z.])${token}(?![0-9a-zA-Z])`).test(text);
}

// An attacker with no account reads the whole public log, through the tiles and the JSON helpers,
// after the demo and a round of casework made with marker values: none of them may appear.
describe.each(testDatabases())('the public log as an attacker reads it, on $name', (factory) => {
  let database: TestDatabase;
  let t: TestTruce;
  const secrets: { what: string; spellings: string[] }[] = [];
  const secret = (what: string, ...spellings: string[]) => secrets.push({ what, spellings });
  let monitor: TestAccount;
  let liaison: TestAccount;
  let verifier: TestAccount;
  const monitorReports: string[] = [];

  beforeAll(async () => {
    database = await factory.create();
    t = await startTestTruce(database);
    t.clock.set('2025-03-14T12:00:00Z');
    await loadDemo(t.truce.runner);
    const api = apiClient(t.app);
    const sourceMaker = await loginAs(t, 'monitor');
    const source = async (name: string, affiliation: string | null) => (await api.post('/api/v1/sources', { name, type: 'osint', affiliation, default_reliability: 'B' }, sourceMaker.headers)).body.id as string;
    const sources = { mission: await source('Mission desk', null), osint: await source('OSINT desk', null), uaOfficial: await source('Ukrainian statements', DEMO_IDS.ukraine) };
    // Accounts that act only in casework here, so that their actor ids could only have entered the log through it.
    monitor = await loginAs(t, 'monitor');
    liaison = await loginAs(t, 'liaison', { partyId: DEMO_IDS.russia });
    verifier = await loginAs(t, 'verifier');
    const secondVerifier = await loginAs(t, 'verifier');
    const otherMonitor = await loginAs(t, 'monitor');

    const sensitiveReport = async (account: TestAccount, extra: Record<string, unknown>) => {
      const point = { latitude: coordinate(47), longitude: coordinate(36) };
      const observer = { latitude: coordinate(47), longitude: coordinate(36), bearing_deg: 17.25, distance_m: 1234.5 };
      const witness = { name: marker('witness'), contact: marker('contact'), notes: marker('notes') };
      const narrative = marker('narrative');
      const res = await api.post('/api/v1/reports', shelling(sources.mission, { point, observer, witness, narrative, location_sensitive: true, place: null, ...extra }), account.headers);
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      for (const value of [point.latitude, point.longitude, observer.latitude, observer.longitude]) secret(`a sensitive coordinate ${value}`, ...coordinateSpellings(value));
      for (let resolution = 6; resolution <= 15; resolution++) secret(`the H3 cell at resolution ${resolution}`, latLngToCell(point.latitude, point.longitude, resolution));
      for (const value of [witness.name, witness.contact, witness.notes, narrative]) secret(`the text ${value}`, value, Buffer.from(value).toString('base64'), Buffer.from(value).toString('hex'));
      return res.body.id as string;
    };

    monitorReports.push(await sensitiveReport(monitor, {}));
    monitorReports.push(await sensitiveReport(monitor, { observed_at: { start: '2025-03-13T18:00:00Z' } }));
    await sensitiveReport(liaison, { channel: 'party_allegation', source_id: sources.uaOfficial });

    const fileName = `${marker('photo')}.png`;
    const collector = marker('collector');
    const upload = await t.app.inject({
      method: 'POST',
      url: `/api/v1/reports/${monitorReports[0]}/evidence`,
      headers: { ...monitor.headers, 'content-type': MULTIPART_TYPE },
      payload: multipart([{ name: 'file', filename: fileName, content: PNG, type: 'image/png' }, { name: 'collector', value: collector }]),
    });
    expect(upload.statusCode, upload.body).toBe(201);
    secret('the evidence file name', fileName);
    secret('the evidence collector', collector);

    // A pending decision on the first report's incident.
    const pendingIncident = (await api.get(`/api/v1/reports/${monitorReports[0]}`, verifier.headers)).body.incident_id;
    const rationale = marker('rationale');
    const checkNote = marker('check');
    const pending = await api.post(
      `/api/v1/incidents/${pendingIncident}/decisions`,
      { outcome: 'verified', rationale, credibility: 2, checks: [{ check: 'geolocation', result: 'consistent', notes: checkNote }], attribution: { party_id: DEMO_IDS.russia, confidence: 'likely' } },
      verifier.headers,
    );
    expect(pending.status, JSON.stringify(pending.body)).toBe(201);
    secret('the pending rationale', rationale);
    secret('the pending check notes', checkNote);

    // A published finding against Russia, disputed by Russia's liaison.
    const published = await api.post('/api/v1/reports', shelling(sources.osint, { point: { latitude: 48.5, longitude: 35.5 } }), otherMonitor.headers);
    const publishedIncident = (await api.get(`/api/v1/reports/${published.body.id}`, verifier.headers)).body.incident_id;
    const proposal = await api.post(`/api/v1/incidents/${publishedIncident}/decisions`, { outcome: 'verified', rationale: 'Craters geolocated.', credibility: 2, checks: [], attribution: { party_id: DEMO_IDS.russia, confidence: 'likely' } }, verifier.headers);
    expect((await api.post(`/api/v1/incidents/${publishedIncident}/decisions/${proposal.body.id}/approvals`, undefined, secondVerifier.headers)).status).toBe(201);
    const statement = marker('statement');
    const dispute = await api.post('/api/v1/disputes', { incident_id: publishedIncident, statement }, liaison.headers);
    expect(dispute.status, JSON.stringify(dispute.body)).toBe(201);
    secret('the dispute statement', statement);

    for (const account of [monitor, liaison, verifier]) secret(`the actor ${account.actorId}`, account.actorId);
    await t.truce.log.signCheckpoint();
  });

  afterAll(async () => {
    await t?.close();
    await database?.dispose();
  });

  async function publicLogText(): Promise<string> {
    const checkpoint = await t.app.inject({ method: 'GET', url: '/log/checkpoint' });
    const size = Number(checkpoint.body.split('\n')[1]);
    const parts: string[] = [checkpoint.body];
    for (let start = 0; start < size; start += TILE_WIDTH) {
      const width = Math.min(TILE_WIDTH, size - start);
      const tile = await t.app.inject({ method: 'GET', url: `/log/${entriesPath(start / TILE_WIDTH, width)}` });
      expect(tile.statusCode).toBe(200);
      parts.push(...decodeEntryBundle(tile.rawPayload).map((b) => b.toString('utf8')));
    }
    for (let index = 0; index < size; index++) {
      const entry = await t.app.inject({ method: 'GET', url: `/api/v1/log/entries/${index}` });
      expect(entry.statusCode).toBe(200);
      parts.push(entry.body);
    }
    return parts.join('\n');
  }

  it('holds no withheld value in any encoding, in the tiles or in the openings the public is given', async () => {
    const text = await publicLogText();
    expect(secrets.length).toBeGreaterThan(50);
    const leaks = secrets.flatMap((s) => s.spellings.filter((spelling) => contains(text, spelling)).map((spelling) => `${s.what} as ${spelling}`));
    expect(leaks).toEqual([]);
  });

  it('names a casework actor by a pseudonym per record, never linking two records of one person', async () => {
    const actors = await Promise.all(
      monitorReports.map(async (id) => {
        const row = await t.truce.database.db.selectFrom('log_entries').select('entry').where('record_id', '=', id).executeTakeFirstOrThrow();
        return JSON.parse(row.entry).actor as string;
      }),
    );
    for (const actor of actors) expect(actor).toMatch(/^p:[0-9a-f]{32}$/);
    expect(new Set(actors).size).toBe(actors.length);
  });
});
