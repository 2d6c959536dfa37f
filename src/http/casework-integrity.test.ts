import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs } from '../../test/support/login-as.js';
import { monitoringFixtures, shelling, type MonitoringFixtures } from '../../test/support/monitoring-fixtures.js';
import { startTestTruce, type TestTruce } from '../../test/support/start-test-truce.js';
import { testDatabases, type TestDatabase } from '../../test/support/test-databases.js';

const PUBLIC = { remoteAddress: '203.0.113.9' };
const VERIFIED = {
  outcome: 'verified',
  rationale: 'Craters geolocated; the timing matches.',
  credibility: 2,
  checks: [{ check: 'geolocation', result: 'consistent' }],
};

/** Each case is written from the attacker's side: the request that once bent the record is refused now. */
describe.each(testDatabases())('casework integrity on $name', (factory) => {
  let database: TestDatabase;
  let t: TestTruce;
  let f: MonitoringFixtures;
  let longitude = 30;

  beforeAll(async () => {
    database = await factory.create();
    t = await startTestTruce(database);
    f = await monitoringFixtures(t);
  });

  afterAll(async () => {
    await t?.close();
    await database?.dispose();
  });

  /** A fresh place for each case, so that no two cases' reports cluster together. */
  const place = () => ({ latitude: 48.5, longitude: (longitude += 0.5) });
  const submit = async (body: Record<string, unknown>, headers = f.monitor.headers) => {
    const res = await f.api.post('/api/v1/reports', body, headers);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body;
  };
  const staffView = async (url: string) => (await f.api.get(url, f.verifier1.headers)).body;
  const propose = (incidentId: string, headers = f.verifier1.headers, attribution: { party_id: string | null; confidence?: string } = { party_id: f.parties.ru, confidence: 'likely' }) =>
    f.api.post(`/api/v1/incidents/${incidentId}/decisions`, { ...VERIFIED, attribution }, headers);
  const approve = (incidentId: string, decisionId: string, headers = f.verifier2.headers) =>
    f.api.post(`/api/v1/incidents/${incidentId}/decisions/${decisionId}/approvals`, undefined, headers);

  it('gives a liaison’s allegation its own party’s affiliation, whatever source it names, so it never counts as independent corroboration', async () => {
    const at = place();
    const mission = await submit(shelling(f.sources.mission, { point: at }));
    // The Russian liaison names the mission's own patrol team, then Ukraine's general staff.
    const asMission = await submit(shelling(f.sources.mission, { point: at, channel: 'party_allegation' }), f.liaisonRu.headers);
    const asUkraine = await submit(shelling(f.sources.uaOfficial, { point: at, channel: 'party_allegation' }), f.liaisonRu.headers);
    for (const id of [asMission.id, asUkraine.id]) expect((await staffView(`/api/v1/reports/${id}`)).source_affiliation).toBe(f.parties.ru);
    const incident = await staffView(`/api/v1/incidents/${mission.incident_id}`);
    expect(incident.affiliations.sort()).toEqual(['independent', f.parties.ru].sort());
    expect(incident.corroboration).toBe(2);
  });

  it('tells a liaison nothing of the unpublished incident its report joined', async () => {
    const at = place();
    const mission = await submit(shelling(f.sources.mission, { point: at }));
    const filed = await submit(shelling(f.sources.mission, { point: at, channel: 'party_allegation' }), f.liaisonUa.headers);
    expect(filed).not.toHaveProperty('incident_id');
    expect(JSON.stringify(filed)).not.toContain(mission.incident_id);
    expect((await f.api.get(`/api/v1/incidents/${mission.incident_id}`, f.liaisonUa.headers)).status).toBe(404);
    expect((await f.api.get(`/api/v1/reports/${filed.id}`, f.liaisonUa.headers)).body).not.toHaveProperty('incident_id');
  });

  it('refuses a verifier who splits their own report out of an incident, then approves a decision on it', async () => {
    const at = place();
    const byMonitor = await submit(shelling(f.sources.mission, { point: at }));
    const byVerifier2 = await submit(shelling(f.sources.osint, { point: at }), f.verifier2.headers);
    expect(byVerifier2.incident_id).toBe(byMonitor.incident_id);
    const proposed = await propose(byMonitor.incident_id);
    expect(proposed.status, JSON.stringify(proposed.body)).toBe(201);

    const split = await f.api.post(`/api/v1/incidents/${byMonitor.incident_id}/split`, { report_ids: [byVerifier2.id] }, f.verifier2.headers);
    expect(split.status, JSON.stringify(split.body)).toBe(201);
    // The split superseded the pending decision: there is nothing left to approve.
    const stale = await approve(byMonitor.incident_id, proposed.body.id);
    expect(stale.status).toBe(409);
    expect(stale.body.message).toMatch(/superseded/);
    // A new proposal on the same incident still cannot be approved by someone who reported into it.
    const again = await propose(byMonitor.incident_id);
    expect(again.status).toBe(201);
    const barred = await approve(byMonitor.incident_id, again.body.id);
    expect(barred.status).toBe(409);
    expect(barred.body.message).toMatch(/submitted a report/);
    expect((await staffView(`/api/v1/incidents/${byMonitor.incident_id}`)).status).toBe('under_review');
    // Someone who never reported into it still can.
    const third = await loginAs(t, 'verifier');
    expect((await approve(byMonitor.incident_id, again.body.id, third.headers)).body.status).toBe('adopted');
  });

  it('supersedes pending decisions on every incident a merge touches, and bars the merged incidents’ reporters', async () => {
    const a = await submit(shelling(f.sources.mission, { point: place() }));
    const b = await submit(shelling(f.sources.osint, { point: place() }), f.verifier2.headers);
    const onA = await propose(a.incident_id);
    const onB = await propose(b.incident_id);
    const merged = await f.api.post(`/api/v1/incidents/${a.incident_id}/merge`, { incident_ids: [b.incident_id] }, f.verifier1.headers);
    expect(merged.status, JSON.stringify(merged.body)).toBe(200);
    for (const [incident, decision] of [
      [a.incident_id, onA.body.id],
      [b.incident_id, onB.body.id],
    ]) {
      const decisions = (await staffView(`/api/v1/incidents/${incident}`)).decisions as { id: string; status: string }[];
      expect(decisions.find((d) => d.id === decision)?.status).toBe('superseded');
    }
    const fresh = await propose(a.incident_id);
    expect((await approve(a.incident_id, fresh.body.id)).status).toBe(409);
  });

  it('keeps a disputed finding published, marked disputed with its date, and shows the public the ruling once made', async () => {
    const report = await submit(shelling(f.sources.mission, { point: place() }));
    const id = report.incident_id;
    const proposed = await propose(id);
    expect((await approve(id, proposed.body.id)).body.status).toBe('adopted');
    const filed = await f.api.post('/api/v1/disputes', { incident_id: id, statement: 'Our units were not in range.' }, f.liaisonRu.headers);
    expect(filed.status, JSON.stringify(filed.body)).toBe(201);

    // Once a dispute made the finding vanish (404) for the public and the other party.
    for (const reader of [PUBLIC, { headers: f.liaisonUa.headers }]) {
      const seen = await t.app.inject({ method: 'GET', url: `/api/v1/incidents/${id}`, ...reader });
      expect(seen.statusCode).toBe(200);
      expect(seen.json()).toMatchObject({ status: 'disputed', published: true });
      const dispute = seen.json().disputes[0];
      expect(dispute).toMatchObject({ id: filed.body.id, status: 'disputed', created_at: filed.body.created_at });
      expect(dispute).not.toHaveProperty('statement');
      expect(dispute).not.toHaveProperty('filed_by');
    }
    const list = await t.app.inject({ method: 'GET', url: '/api/v1/incidents?status=disputed&limit=100', ...PUBLIC });
    expect(list.json().items.map((i: { id: string }) => i.id)).toContain(id);

    const ruled = await f.api.post(`/api/v1/disputes/${filed.body.id}/ruling`, { ruling: 'upheld', rationale: 'The range map shows 40 km of reach.' }, f.mediator.headers);
    expect(ruled.status).toBe(201);
    const after = (await t.app.inject({ method: 'GET', url: `/api/v1/incidents/${id}`, ...PUBLIC })).json();
    expect(after.status).toBe('upheld');
    expect(after.disputes[0]).toMatchObject({ status: 'upheld', ruling_rationale: 'The range map shows 40 km of reach.' });
  });

  it('lets the administrator read casework only as the public does, and a monitor read witnesses only on its own reports', async () => {
    const admin = await loginAs(t, 'admin');
    const otherMonitor = await loginAs(t, 'monitor');
    const hidden = await submit(shelling(f.sources.mission, { point: place(), witness: { name: 'Hanna K.', contact: '+380 50 000 0000' }, observer: { latitude: 48.4, longitude: 31, bearing_deg: 90, distance_m: 800 } }));
    expect((await f.api.get(`/api/v1/incidents/${hidden.incident_id}`, admin.headers)).status).toBe(404);
    expect((await f.api.get(`/api/v1/reports/${hidden.id}`, admin.headers)).status).toBe(404);

    const mine = await f.api.get(`/api/v1/reports/${hidden.id}`, f.monitor.headers);
    expect(mine.body.witness).toMatchObject({ name: 'Hanna K.' });
    const theirs = await f.api.get(`/api/v1/reports/${hidden.id}`, otherMonitor.headers);
    expect(theirs.status).toBe(200);
    expect(theirs.body).not.toHaveProperty('witness');

    const proposed = await propose(hidden.incident_id);
    expect((await approve(hidden.incident_id, proposed.body.id)).body.status).toBe('adopted');
    const asAdmin = await f.api.get(`/api/v1/reports/${hidden.id}`, admin.headers);
    const asPublic = await t.app.inject({ method: 'GET', url: `/api/v1/reports/${hidden.id}`, ...PUBLIC });
    expect(asAdmin.status).toBe(200);
    const { disclosure: _a, ...adminFields } = asAdmin.body;
    const { disclosure: _p, ...publicFields } = asPublic.json();
    expect(adminFields).toEqual(publicFields);
    for (const hiddenField of ['witness', 'observer', 'submitted_by']) expect(asAdmin.body).not.toHaveProperty(hiddenField);
  });

  it('lets one of five concurrent approvals adopt a decision, and refuses the others', async () => {
    const report = await submit(shelling(f.sources.mission, { point: place() }));
    const proposed = await propose(report.incident_id);
    const verifiers = await Promise.all(Array.from({ length: 5 }, () => loginAs(t, 'verifier')));
    const answers = await Promise.all(verifiers.map((v) => approve(report.incident_id, proposed.body.id, v.headers)));
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409, 409, 409, 409]);
    const decision = ((await staffView(`/api/v1/incidents/${report.incident_id}`)).decisions as { id: string; status: string; approvals: unknown[] }[]).find((d) => d.id === proposed.body.id)!;
    expect(decision).toMatchObject({ status: 'adopted' });
    expect(decision.approvals).toHaveLength(2);
  });

  it('shows the public a published piece of evidence’s custody trail without the people in it or their notes', async () => {
    const report = await submit(shelling(f.sources.mission, { point: place() }));
    const boundary = 'casework-boundary';
    const body = Buffer.from(
      `--${boundary}\r\ncontent-disposition: form-data; name="collector"\r\n\r\nOleh the driver\r\n` +
        `--${boundary}\r\ncontent-disposition: form-data; name="public"\r\n\r\ntrue\r\n` +
        `--${boundary}\r\ncontent-disposition: form-data; name="file"; filename="crater.txt"\r\ncontent-type: text/plain\r\n\r\ncrater photo bytes\r\n--${boundary}--\r\n`,
    );
    const uploaded = await t.app.inject({ method: 'POST', url: `/api/v1/reports/${report.id}/evidence`, headers: { ...f.monitor.headers, 'content-type': `multipart/form-data; boundary=${boundary}` }, payload: body });
    expect(uploaded.statusCode, uploaded.body).toBe(201);
    const proposed = await propose(report.incident_id);
    expect((await approve(report.incident_id, proposed.body.id)).body.status).toBe('adopted');
    const seen = await t.app.inject({ method: 'GET', url: `/api/v1/incidents/${report.incident_id}`, ...PUBLIC });
    const evidence = seen.json().evidence[0];
    expect(evidence.custody).toEqual([{ at: expect.any(String), event: 'collected' }]);
    expect(JSON.stringify(seen.json())).not.toContain('Oleh');
    expect(JSON.stringify(seen.json())).not.toContain(f.monitor.actorId);
  });
});
