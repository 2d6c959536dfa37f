import type { Actor } from '../domain/actor.js';
import { DEFAULT_CLUSTER_SETTINGS } from '../domain/incidents/cluster-decision.js';
import { approveDecision } from '../services/decisions/approve-decision.js';
import { proposeDecision } from '../services/decisions/propose-decision.js';
import { submitReports } from '../services/reports/submit-reports.js';
import { createSource } from '../services/sources/create-source.js';
import type { UseCaseRunner } from '../services/use-case-runner.js';
import { DEMO_IDS } from './load-demo-scenario.js';
import { syntheticReports } from './synthetic-reports.js';

export const DEMO_REPORTS = 300;

const SOURCES = [
  { id: 'demo-source-mission-team', name: 'Mission patrol team (synthetic)', type: 'monitor_team', affiliation: null, default_reliability: 'B' },
  { id: 'demo-source-osint', name: 'Open-source desk (synthetic)', type: 'osint', affiliation: null, default_reliability: 'C' },
  { id: 'demo-source-ua-general-staff', name: 'Ukrainian General Staff (synthetic)', type: 'party_official', affiliation: DEMO_IDS.ukraine, default_reliability: 'D' },
  { id: 'demo-source-ru-defense-ministry', name: 'Russian Defense Ministry (synthetic)', type: 'party_official', affiliation: DEMO_IDS.russia, default_reliability: 'D' },
] as const;

const CURATOR: Actor = { id: 'demo-loader', role: 'admin' };

/** Who the synthetic work is done as: the demo accounts, so the log names them as it would real users. */
export interface MonitoringDemoActors {
  monitor: Actor;
  verifiers: [Actor, Actor];
}

/**
 * Synthetic monitoring data so that the map and the review queue have something to
 * show: a few hundred reports near the line of contact and around Sudzha, from four
 * sources, from 10 to 13 March 2025; a handful of the best-corroborated incidents
 * verified by two demo verifiers. Every report and incident is flagged synthetic.
 * Needs the scenario (its parties); loading it twice changes nothing.
 */
export async function loadMonitoringDemo(runner: UseCaseRunner, actors: MonitoringDemoActors): Promise<{ loaded: boolean }> {
  const first = await runner.read(CURATOR, async (ctx) => ctx.db.selectFrom('sources').select('id').where('id', '=', SOURCES[0].id).executeTakeFirst(), undefined);
  if (first) return { loaded: false };
  await runner.write(CURATOR, async (ctx) => {
    for (const source of SOURCES) await createSource(ctx, { ...source, synthetic: true });
  }, undefined);
  const ids = SOURCES.map((s) => s.id);
  for (const batch of syntheticReports(DEMO_REPORTS, DEMO_REPORTS, ids, 0, { start: '2025-03-10T06:00:00Z', spanMs: 3 * 86_400_000, idPrefix: 'demo-report-' })) {
    await runner.write(actors.monitor, submitReports, { reports: batch.map((r) => ({ ...r, agreement_id: DEMO_IDS.agreement })), clustering: DEFAULT_CLUSTER_SETTINGS });
  }
  const corroborated = await runner.read(CURATOR, async (ctx) =>
    ctx.db.selectFrom('incidents').select('id').where('corroboration', '>=', 2).where('family', '=', 'attack').orderBy('first_observed_at').limit(6).execute(), undefined);
  for (const [i, { id }] of corroborated.entries()) {
    const { decision } = await runner.write(actors.verifiers[0], proposeDecision, {
      incident_id: id,
      outcome: 'verified',
      rationale: 'Synthetic demonstration finding: independent and party sources agree on place and time.',
      checks: [{ check: 'source_analysis', result: 'consistent' }, { check: 'geolocation', result: 'consistent' }, { check: 'chronolocation', result: 'inconclusive' }],
      credibility: 2,
      attribution: { party_id: i % 3 === 2 ? null : i % 2 === 0 ? DEMO_IDS.russia : DEMO_IDS.ukraine, confidence: 'possible' },
      terms_breached: i % 3 === 2 ? [] : [`${DEMO_IDS.agreement}-T1`],
    });
    await runner.write(actors.verifiers[1], approveDecision, { incident_id: id, decision_id: decision.id });
  }
  return { loaded: true };
}
