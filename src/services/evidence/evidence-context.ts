import { NotFoundError } from '../../domain/domain-error.js';
import type { IncidentStatus } from '../../domain/incidents/incident-types.js';
import type { EvidenceContext } from '../../domain/policy/disclosure/evidence-policy.js';
import type { ReadContext } from '../use-case-context.js';

/** What a report's evidence is disclosed by: the party that filed the report, and its incident's status and attribution. */
export async function evidenceContext(ctx: ReadContext, reportId: string): Promise<EvidenceContext> {
  const row = await ctx.db
    .selectFrom('reports')
    .innerJoin('incidents', 'incidents.id', 'reports.incident_id')
    .select(['reports.filed_by_party_id', 'incidents.status', 'incidents.attributed_party_id'])
    .where('reports.id', '=', reportId)
    .executeTakeFirst();
  if (!row) throw new NotFoundError('report', reportId);
  return { report: { filed_by_party_id: row.filed_by_party_id }, incident: { status: row.status as IncidentStatus, attributed_party_id: row.attributed_party_id } };
}
