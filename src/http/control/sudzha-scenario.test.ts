import { loggedEvents } from '../../../test/support/logged-events.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_IDS, loadDemoScenario } from '../../demo/load-demo-scenario.js';
import { auditLog } from '../../services/log/audit-log.js';
import { databaseAuditHooks } from '../../services/log/database-audit-hooks.js';
import { databaseLogSource } from '../../services/log/database-log-source.js';
import { KnownLogs } from '../../services/log/known-logs.js';
import { apiClient } from '../../../test/support/api-client.js';
import { loginAs, type TestAccount } from '../../../test/support/login-as.js';
import { recordCounts } from '../../../test/support/record-counts.js';
import { startTestTruce, type TestTruce } from '../../../test/support/start-test-truce.js';
import { testDatabases, type TestDatabase } from '../../../test/support/test-databases.js';

const SUDZHA = { place_name: 'Sudzha', geonames_id: 486816, latitude: 51.1976, longitude: 35.2726 };
const EFFECTIVE_AT = '2025-03-14T00:00:00.000Z';
const DAY_5 = '2025-03-18T09:00:00.000Z';
const AFTER_EXPIRY = '2025-04-14T09:00:00.000Z';
const AGREEMENT = `/api/v1/agreements/${DEMO_IDS.agreement}`;
const COH_TERM = `${DEMO_IDS.agreement}-T1`;
const SALIENT = { type: 'Polygon', coordinates: [[[34.9, 51.1], [35.6, 51.1], [35.6, 51.45], [34.9, 51.45], [34.9, 51.1]]] };

/**
 * The Sudzha scenario of the source document: the Russian Defense Ministry's claimed recapture,
 * the mission's assessments, the ceasefire's baseline, and a change of control during its window
 * that becomes a territorial_change incident verified by two verifiers.
 */
describe.each(testDatabases())('the Sudzha scenario on $name', (factory) => {
  let database: TestDatabase;
  let t: TestTruce;
  let api: ReturnType<typeof apiClient>;
  let mediator: TestAccount;
  let assessor: TestAccount;
  let verifier1: TestAccount;
  let verifier2: TestAccount;
  let incidentId: string;
  const configDir = mkdtempSync(join(tmpdir(), 'truce-sudzha-'));

  const assess = (fields: Record<string, unknown>, who: TestAccount = assessor) =>
    api.post('/api/v1/control-claims', { ...SUDZHA, basis: 'assessed', source: 'Monitoring mission', ...fields }, who.headers);
  const ukrainian = { status: 'controlled_by', controlled_by: DEMO_IDS.ukraine };
  const territorialChanges = async () => {
    const res = await api.get(`/api/v1/incidents?kind=territorial_change&agreement=${DEMO_IDS.agreement}`, verifier1.headers);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body.items as { id: string; status: string }[];
  };

  beforeAll(async () => {
    database = await factory.create();
    t = await startTestTruce(database);
    api = apiClient(t.app);
    await loadDemoScenario(t.truce.runner);
    mediator = await loginAs(t, 'mediator');
    assessor = await loginAs(t, 'verifier');
    verifier1 = await loginAs(t, 'verifier');
    verifier2 = await loginAs(t, 'verifier');
  });

  afterAll(async () => {
    await t?.close();
    await database?.dispose();
    rmSync(configDir, { recursive: true, force: true });
  });

  it('keeps the claimed Russian recapture before effective_at a claim only', async () => {
    const { body } = await api.get('/api/v1/control?at=2025-03-13T12:00:00Z');
    const sudzha = body.items.find((p: { geonames_id: number }) => p.geonames_id === SUDZHA.geonames_id);
    expect(sudzha).toMatchObject({ status: 'unknown', controlled_by: null, assessment: null });
    expect(sudzha.claims_since).toEqual([expect.objectContaining({ basis: 'claimed', controlled_by: DEMO_IDS.russia, source: 'Russian Defense Ministry' })]);
    expect(await territorialChanges()).toEqual([]);
  });

  it('takes an assessment before effective_at into the baseline when the ceasefire enters into force', async () => {
    t.clock.set('2025-03-13T20:00:00Z');
    expect((await assess({ status: 'controlled_by', controlled_by: DEMO_IDS.russia, as_of: '2025-03-13T18:00:00Z' })).status).toBe(201);
    t.clock.set('2025-03-14T06:00:00Z');
    const { body: agreement } = await api.get(AGREEMENT);
    for (const position of agreement.positions) {
      for (const c of position.conditions) await api.post(`${AGREEMENT}/positions/${position.id}/conditions/${c.id}`, { status: 'waived' }, mediator.headers);
    }
    const inForce = await api.post(`${AGREEMENT}/transitions`, { to: 'in_force', effective_at: EFFECTIVE_AT }, mediator.headers);
    expect(inForce.status, JSON.stringify(inForce.body)).toBe(201);

    const baseline = await t.truce.database.db.selectFrom('agreement_baselines').selectAll().where('agreement_id', '=', DEMO_IDS.agreement).executeTakeFirstOrThrow();
    expect(JSON.parse(baseline.places)).toContainEqual(expect.objectContaining({ geonames_id: SUDZHA.geonames_id, status: 'controlled_by', controlled_by: DEMO_IDS.russia }));
    expect(await territorialChanges()).toEqual([]);
  });

  it('opens no incident for a claim during the window, only for an assessment', async () => {
    t.clock.set('2025-03-16T12:00:00Z');
    const claimed = await api.post(
      '/api/v1/control-claims',
      { ...SUDZHA, ...ukrainian, basis: 'claimed', claimant: DEMO_IDS.ukraine, source: 'General Staff of Ukraine', as_of: '2025-03-16T08:00:00Z' },
      mediator.headers,
    );
    expect(claimed.status, JSON.stringify(claimed.body)).toBe(201);
    expect(await territorialChanges()).toEqual([]);
  });

  it('opens a territorial_change incident for an assessed Ukrainian control of Sudzha on day 5 of the window', async () => {
    t.clock.set('2025-03-18T15:00:00Z');
    const claim = await assess({ ...ukrainian, as_of: DAY_5 });
    expect(claim.status, JSON.stringify(claim.body)).toBe(201);
    const opened = await territorialChanges();
    expect(opened).toHaveLength(1);
    incidentId = opened[0]!.id;

    const { body: incident } = await api.get(`/api/v1/incidents/${incidentId}`, verifier1.headers);
    expect(incident).toMatchObject({
      kind: 'territorial_change',
      family: 'control',
      status: 'reported',
      agreement_id: DEMO_IDS.agreement,
      point: { latitude: SUDZHA.latitude, longitude: SUDZHA.longitude },
      first_observed_at: DAY_5,
      territorial_change: {
        agreement_id: DEMO_IDS.agreement,
        term_id: COH_TERM,
        claim_id: claim.body.id,
        place_name: 'Sudzha',
        geonames_id: SUDZHA.geonames_id,
        area_id: null,
        area_km2: null,
        from: { status: 'controlled_by', controlled_by: DEMO_IDS.russia },
        to: { status: 'controlled_by', controlled_by: DEMO_IDS.ukraine },
      },
    });
    const term = (await api.get(`${AGREEMENT}/terms`)).body.items.find((x: { id: string }) => x.id === COH_TERM);
    expect(term.category).toBe('cessation_of_hostilities');

    // The incident and its link are logged in the claim's own transaction, after the claim.
    const entries = await t.truce.database.db.selectFrom('log_entries').select(['idx', 'type']).where('idx', '>=', claim.body.log_index).orderBy('idx').execute();
    // The incident is casework: the public log says only that an incident changed.
    expect(entries.map((e) => e.type)).toEqual(['control_claim.recorded', 'incident.changed', 'territorial_change.opened']);
    expect(await loggedEvents(t, incidentId)).toEqual(['incident.created']);
    // Not published yet: the public does not see it.
    expect((await api.get(`/api/v1/incidents/${incidentId}`)).status).toBe(404);
  });

  it('does not open the same change twice', async () => {
    t.clock.set('2025-03-19T15:00:00Z');
    expect((await assess({ ...ukrainian, as_of: '2025-03-19T09:00:00Z' })).status).toBe(201);
    expect(await territorialChanges()).toHaveLength(1);
  });

  it('names the km² when the change is about an area', async () => {
    t.clock.set('2025-03-20T15:00:00Z');
    const area = await api.post('/api/v1/areas', { name: 'Kursk salient', kind: 'front_sector', geometry: SALIENT }, assessor.headers);
    expect(area.status, JSON.stringify(area.body)).toBe(201);
    const claim = await api.post(
      '/api/v1/control-claims',
      { area_id: area.body.id, ...ukrainian, basis: 'assessed', source: 'Monitoring mission', as_of: '2025-03-20T09:00:00Z' },
      assessor.headers,
    );
    expect(claim.status, JSON.stringify(claim.body)).toBe(201);
    const opened = (await territorialChanges()).filter((i) => i.id !== incidentId);
    expect(opened).toHaveLength(1);
    const { body } = await api.get(`/api/v1/incidents/${opened[0]!.id}`, verifier1.headers);
    expect(body.point).toEqual({ latitude: expect.closeTo(51.275, 3), longitude: expect.closeTo(35.25, 3) });
    expect(body.territorial_change).toMatchObject({
      area_id: area.body.id,
      place_name: 'Kursk salient',
      area_km2: area.body.area_km2,
      from: { status: 'unknown', controlled_by: null },
      to: { status: 'controlled_by', controlled_by: DEMO_IDS.ukraine },
    });
  });

  it('is not merged with another incident: its agreement, time and place come from the assessment', async () => {
    const other = (await territorialChanges()).find((i) => i.id !== incidentId)!;
    const before = await recordCounts(t.truce);
    const res = await api.post(`/api/v1/incidents/${incidentId}/merge`, { incident_ids: [other.id] }, verifier1.headers);
    expect(res.status).toBe(409);
    expect(res.body.details[0].path).toBe('incident_ids');
    expect(await recordCounts(t.truce)).toEqual(before);
  });

  it('refuses an assessed change it cannot place, storing nothing', async () => {
    const before = await recordCounts(t.truce);
    const res = await api.post('/api/v1/control-claims', { place_name: 'Unnamed hamlet', ...ukrainian, basis: 'assessed', source: 'Monitoring mission', as_of: '2025-03-20T10:00:00Z' }, assessor.headers);
    expect(res.status).toBe(400);
    expect(res.body.details[0].path).toBe('latitude');
    expect(await recordCounts(t.truce)).toEqual(before);
  });
  it('opens nothing for the same claim after expiry, nor for another change then', async () => {
    const before = await territorialChanges();
    t.clock.set('2025-04-15T12:00:00Z');
    expect((await assess({ ...ukrainian, as_of: AFTER_EXPIRY })).status).toBe(201);
    expect((await assess({ status: 'contested', as_of: '2025-04-15T09:00:00Z' })).status).toBe(201);
    expect(await territorialChanges()).toEqual(before);
  });

  it('is verified by two verifiers, never by the one who recorded the assessment (four eyes)', async () => {
    const decisions = `/api/v1/incidents/${incidentId}/decisions`;
    const proposed = await api.post(
      decisions,
      {
        outcome: 'verified',
        rationale: 'Ukrainian units geolocated in the town centre on day 5; the baseline had it under Russian control.',
        credibility: 2,
        checks: [{ check: 'geolocation', result: 'consistent' }],
        attribution: { party_id: DEMO_IDS.ukraine, confidence: 'likely' },
        terms_breached: [COH_TERM],
      },
      verifier1.headers,
    );
    expect(proposed.status, JSON.stringify(proposed.body)).toBe(201);
    const approvals = `${decisions}/${proposed.body.id}/approvals`;
    const byAssessor = await api.post(approvals, undefined, assessor.headers);
    expect(byAssessor.status).toBe(409);
    expect(byAssessor.body.error).toBe('rule_violation');
    expect((await api.get(`/api/v1/incidents/${incidentId}`, verifier1.headers)).body.status).toBe('under_review');

    const approved = await api.post(approvals, undefined, verifier2.headers);
    expect(approved.status, JSON.stringify(approved.body)).toBe(201);
    expect(approved.body.status).toBe('adopted');
    const published = await api.get(`/api/v1/incidents/${incidentId}`);
    expect(published.status).toBe(200);
    expect(published.body).toMatchObject({
      status: 'verified',
      published: true,
      attributed_party_id: DEMO_IDS.ukraine,
      territorial_change: { place_name: 'Sudzha', from: { controlled_by: DEMO_IDS.russia }, to: { controlled_by: DEMO_IDS.ukraine } },
    });

    // The compliance figures count every change opened in the window, and the verified one as Ukraine's.
    const { body: figures } = await api.get(`${AGREEMENT}/compliance?group=window`);
    const window = figures.periods[0];
    expect(window.control.territorial_changes.value).toBe((await territorialChanges()).length);
    expect(window.parties.find((p: { party_id: string }) => p.party_id === DEMO_IDS.ukraine).violations.value).toBeGreaterThanOrEqual(1);
  });


  it('leaves a log that vouches for every record, the incidents and their territorial changes included', async () => {
    await t.truce.log.signCheckpoint();
    const db = t.truce.database.db;
    const verdict = auditLog(databaseLogSource(db, 'test'), { known: new KnownLogs(join(configDir, 'known.json')), now: () => new Date(), ...databaseAuditHooks(db) });
    await expect(verdict).resolves.toBeDefined();
  });
});
