import { affiliationKey, mergeAffiliations } from '../../domain/incidents/corroboration.js';
import type { Database } from '../../store/database-schema.js';

type ReportRow = Database['reports'];

/** The figures an incident derives from its reports, recomputed whole after a merge or a split. */
export function incidentAggregate(reports: readonly ReportRow[]) {
  const affiliations = mergeAffiliations(reports.map((r) => affiliationKey(r.source_affiliation)));
  return {
    first_observed_at: reports.reduce((min, r) => (r.observed_from < min ? r.observed_from : min), reports[0]!.observed_from),
    last_observed_at: reports.reduce((max, r) => (r.observed_to > max ? r.observed_to : max), reports[0]!.observed_to),
    report_count: reports.length,
    affiliations: JSON.stringify(affiliations),
    corroboration: affiliations.length,
    agreement_id: reports.find((r) => r.agreement_id)?.agreement_id ?? null,
    synthetic: reports.every((r) => r.synthetic) ? 1 : 0,
  };
}
