import type { z } from 'zod';
import type { Actor } from '../../domain/actor.js';
import type { Decision, Dispute, Incident } from '../../domain/incidents/incident-types.js';
import { audienceOf, canSeeDispute, canSeeEvidence, isPublished, reportView } from '../../domain/monitoring/monitoring-visibility.js';
import type { IncidentDetail } from '../../services/incidents/get-incident.js';
import { presentEvidence, presentReport } from '../reports/present-report.js';
import type { decisionResponse, disputeResponse, incidentDetailResponse, incidentResponse } from './incident-schema.js';

/** An incident as the actor may see it: its exact point only for the mission's staff when the location is sensitive. */
export function presentIncident(actor: Actor, incident: Incident): z.infer<typeof incidentResponse> {
  const rounded = incident.location_sensitive && audienceOf(actor).kind !== 'staff';
  const { latitude, longitude, exact_latitude, exact_longitude, ...rest } = incident;
  return {
    ...rest,
    published: isPublished(incident.status),
    point: rounded ? { latitude, longitude } : { latitude: exact_latitude, longitude: exact_longitude },
    location_rounded: rounded,
  };
}

/** The detail keeps only the reports, evidence, decisions and disputes the actor may see; outside the mission, only adopted decisions. */
export function presentIncidentDetail(actor: Actor, detail: IncidentDetail): z.infer<typeof incidentDetailResponse> {
  const { incident } = detail;
  const reports = new Map(detail.reports.map((r) => [r.id, r]));
  const staff = audienceOf(actor).kind === 'staff';
  return {
    ...presentIncident(actor, incident),
    reports: detail.reports.flatMap((r) => presentReport(actor, r, incident) ?? []),
    evidence: detail.evidence
      .filter((e) => {
        const report = reports.get(e.report_id)!;
        return reportView(actor, report, incident) !== null && canSeeEvidence(actor, e, report, incident);
      })
      .map((e) => presentEvidence(actor, e)),
    decisions: detail.decisions.filter((d) => staff || d.status === 'adopted').map(presentDecision),
    disputes: detail.disputes.filter((d) => canSeeDispute(actor, d)).map(presentDispute),
    log_indexes: detail.log_indexes,
  };
}

export function presentDecision(d: Decision): z.infer<typeof decisionResponse> {
  const { attributed_party_id, not_attributable, attribution_confidence, ...rest } = d;
  return { ...rest, attribution: { party_id: attributed_party_id, not_attributable, confidence: attribution_confidence } };
}

export function presentDispute(d: Dispute): z.infer<typeof disputeResponse> {
  return d;
}
