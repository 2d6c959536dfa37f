import type { z } from 'zod';
import type { Actor } from '../../domain/actor.js';
import type { ControlStatus } from '../../domain/control/control-types.js';
import type { Decision, Dispute, Incident } from '../../domain/incidents/incident-types.js';
import { audienceOf, canSeeDispute, canSeeEvidence, isPublished, reportView } from '../../domain/monitoring/monitoring-visibility.js';
import type { IncidentDetail } from '../../services/incidents/get-incident.js';
import { presentEvidence, presentReport } from '../reports/present-report.js';
import type { decisionResponse, disputeResponse, incidentDetailResponse, incidentResponse, territorialChangeResponse } from './incident-schema.js';

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
    territorial_change: detail.territorial_change && presentTerritorialChange(detail.territorial_change),
    log_indexes: detail.log_indexes,
  };
}

export function presentDecision(d: Decision): z.infer<typeof decisionResponse> {
  const { attributed_party_id, not_attributable, attribution_confidence, ...rest } = d;
  return { ...rest, attribution: { party_id: attributed_party_id, not_attributable, confidence: attribution_confidence } };
}

function presentTerritorialChange(c: NonNullable<IncidentDetail['territorial_change']>): z.infer<typeof territorialChangeResponse> {
  return {
    agreement_id: c.agreement_id,
    term_id: c.term_id,
    claim_id: c.claim_id,
    baseline_id: c.baseline_id,
    place_name: c.place_name,
    geonames_id: c.geonames_id,
    area_id: c.area_id,
    area_km2: c.area_km2,
    from: { status: c.from_status as ControlStatus, controlled_by: c.from_controlled_by },
    to: { status: c.to_status as ControlStatus, controlled_by: c.to_controlled_by },
    log_index: Number(c.log_index),
  };
}

export function presentDispute(d: Dispute): z.infer<typeof disputeResponse> {
  return d;
}
