import type { z } from 'zod';
import type { Actor } from '../../domain/actor.js';
import type { Decision, Incident } from '../../domain/incidents/incident-types.js';
import { presentIfVisible } from '../common/present-record.js';
import type { DisputeView } from '../../services/disputes/get-disputes.js';
import type { IncidentDetail } from '../../services/incidents/get-incident.js';
import { presentEvidence, presentReport } from '../reports/present-report.js';
import type { disputeResponse } from '../disputes/dispute-schema.js';
import type { decisionResponse, incidentDetailResponse, incidentResponse, territorialChangeResponse } from './incident-schema.js';

type IncidentOut = z.infer<typeof incidentResponse>;

/** An incident as the disclosure policy lets the actor see it; the queries that find incidents already keep out those it hides. */
export function presentIncident(actor: Actor, incident: Incident): IncidentOut | null {
  return presentIfVisible<IncidentOut, 'incident'>('incident', incident, undefined, actor);
}

/** The detail: the incident and, each through its own policy, its reports, evidence, decisions, disputes and territorial change. */
export function presentIncidentDetail(actor: Actor, detail: IncidentDetail): z.infer<typeof incidentDetailResponse> {
  const { incident } = detail;
  const shown = presentIncident(actor, incident);
  if (!shown) throw new Error(`incident ${incident.id} was read for a reader who may not see it`);
  const reports = new Map(detail.reports.map((r) => [r.id, r]));
  return {
    ...shown,
    reports: detail.reports.flatMap((r) => presentReport(actor, r, incident) ?? []),
    evidence: detail.evidence.flatMap((e) => presentEvidence(actor, e, { report: reports.get(e.report_id)!, incident }) ?? []),
    decisions: detail.decisions.flatMap((d) => presentDecision(actor, d, incident) ?? []),
    disputes: detail.disputes.flatMap((d) => presentDispute(actor, { dispute: d, incident }) ?? []),
    territorial_change: detail.territorial_change && presentIfVisible<z.infer<typeof territorialChangeResponse>, 'territorial_change'>('territorial_change', detail.territorial_change, undefined, actor),
    log_indexes: detail.log_indexes,
  };
}

export function presentDecision(actor: Actor, decision: Decision, incident: Pick<Incident, 'status' | 'attributed_party_id'>): z.infer<typeof decisionResponse> | null {
  return presentIfVisible<z.infer<typeof decisionResponse>, 'decision'>('decision', decision, { incident }, actor);
}

export function presentDispute(actor: Actor, view: DisputeView): z.infer<typeof disputeResponse> | null {
  return presentIfVisible<z.infer<typeof disputeResponse>, 'dispute'>('dispute', view.dispute, view, actor);
}
