import type { z } from 'zod';
import type { Actor } from '../../domain/actor.js';
import type { Incident } from '../../domain/incidents/incident-types.js';
import type { Evidence } from '../../domain/monitoring/evidence-types.js';
import type { Report } from '../../domain/monitoring/report-types.js';
import { presentIfVisible } from '../common/present-record.js';
import type { EvidenceContext } from '../../domain/policy/disclosure/evidence-policy.js';
import type { evidenceResponse, reportResponse } from './report-schema.js';

type ReportOut = z.infer<typeof reportResponse>;
type EvidenceOut = z.infer<typeof evidenceResponse>;

/** A report as the disclosure policy lets the actor see it, with its evidence when given; null when it does not exist for them. */
export function presentReport(actor: Actor, report: Report, incident: Incident, evidence?: readonly Evidence[]): ReportOut | null {
  const shown = presentIfVisible<ReportOut, 'report'>('report', report, { incident }, actor);
  return shown && evidence ? { ...shown, evidence: presentEvidenceList(actor, evidence, { report, incident }) } : shown;
}

export function presentEvidenceList(actor: Actor, evidence: readonly Evidence[], context: EvidenceContext): EvidenceOut[] {
  return evidence.flatMap((e) => presentEvidence(actor, e, context) ?? []);
}

export function presentEvidence(actor: Actor, evidence: Evidence, context: EvidenceContext): EvidenceOut | null {
  return presentIfVisible<EvidenceOut, 'evidence'>('evidence', evidence, context, actor);
}
