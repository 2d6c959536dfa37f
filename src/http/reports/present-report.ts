import type { Actor } from '../../domain/actor.js';
import type { Incident } from '../../domain/incidents/incident-types.js';
import { audienceOf, canSeeEvidence, reportView } from '../../domain/monitoring/monitoring-visibility.js';
import { kindFamily } from '../../domain/monitoring/report-taxonomy.js';
import type { Report } from '../../domain/monitoring/report-types.js';
import type { Evidence } from '../../store/queries/monitoring-rows.js';
import type { z } from 'zod';
import type { evidenceResponse, reportResponse } from './report-schema.js';

type ReportOut = z.infer<typeof reportResponse>;
type EvidenceOut = z.infer<typeof evidenceResponse>;

/** A report as the actor may see it, or null when hidden: no submitter or witness outside the mission and the filing party, and a rounded point where the location is sensitive. */
export function presentReport(actor: Actor, report: Report, incident: Incident, evidence?: readonly Evidence[]): ReportOut | null {
  const view = reportView(actor, report, incident);
  if (!view) return null;
  const rounded = report.location_sensitive && !view.showExactLocation;
  const hasObserver = report.observer_latitude !== null || report.bearing_deg !== null || report.distance_m !== null;
  return {
    id: report.id,
    incident_id: report.incident_id,
    kind: report.kind,
    family: kindFamily(report.kind),
    subtype: report.subtype,
    observed_at: { start: report.observed_from, end: report.observed_to },
    time_precision: report.time_precision,
    point: rounded ? { latitude: report.latitude, longitude: report.longitude } : { latitude: report.exact_latitude, longitude: report.exact_longitude },
    location_sensitive: report.location_sensitive,
    location_rounded: rounded,
    geo_precision: report.geo_precision,
    place: report.place_id !== null && report.place_name !== null ? { geonames_id: report.place_id, name: report.place_name } : null,
    // Where a sensitive report was seen from would give the observer away.
    observer: hasObserver && !rounded ? { latitude: report.observer_latitude, longitude: report.observer_longitude, bearing_deg: report.bearing_deg, distance_m: report.distance_m } : null,
    count: report.count,
    weapon: report.weapon,
    casualties: report.casualties,
    narrative: report.narrative,
    witness: view.showProvenance ? report.witness : null,
    source_id: report.source_id,
    channel: report.channel,
    reliability: report.reliability,
    credibility: report.credibility,
    agreement_id: report.agreement_id,
    term_ids: report.term_ids,
    submitted_by: view.showProvenance ? report.submitted_by : null,
    filed_by_party_id: report.filed_by_party_id,
    synthetic: report.synthetic,
    created_at: report.created_at,
    log_index: report.log_index,
    ...(evidence ? { evidence: presentEvidenceList(actor, evidence, report, incident) } : {}),
  };
}

export function presentEvidenceList(actor: Actor, evidence: readonly Evidence[], report: Report, incident: Incident): EvidenceOut[] {
  return evidence.filter((e) => canSeeEvidence(actor, e, report, incident)).map((e) => presentEvidence(actor, e));
}

export function presentEvidence(actor: Actor, e: Evidence): EvidenceOut {
  const staff = audienceOf(actor).kind === 'staff';
  return {
    id: e.id,
    report_id: e.report_id,
    sha256: e.sha256,
    href: `/api/v1/evidence/${e.sha256}`,
    media_type: e.media_type,
    size: e.size,
    original_name: e.original_name,
    url: e.url,
    captured_at: e.captured_at,
    collector: staff ? e.collector : null,
    public: e.public,
    releasable_to_parties: e.releasable_to_parties,
    custody: e.custody,
    created_at: e.created_at,
    log_index: e.log_index,
  };
}
