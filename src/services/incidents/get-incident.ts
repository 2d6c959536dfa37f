import { NotFoundError } from '../../domain/domain-error.js';
import type { Decision, Dispute, Incident } from '../../domain/incidents/incident-types.js';
import { canSeeIncident } from '../../domain/monitoring/monitoring-visibility.js';
import type { Report } from '../../domain/monitoring/report-types.js';
import { decisionFromRow, disputeFromRow, evidenceFromRow, incidentFromRow, reportFromRow, type Evidence } from '../../store/queries/monitoring-rows.js';
import type { Database } from '../../store/database-schema.js';
import type { ReadContext } from '../use-case-context.js';

export interface IncidentDetail {
  incident: Incident;
  reports: Report[];
  evidence: Evidence[];
  decisions: Decision[];
  disputes: Dispute[];
  /** For a territorial_change incident: the assessed change of control that opened it. */
  territorial_change: Database['territorial_changes'] | null;
  /** Every log entry about the incident, oldest first. */
  log_indexes: number[];
}

/** One incident with everything about it; the presenter filters what the actor may see. */
export async function getIncident(ctx: ReadContext, input: { id: string }): Promise<IncidentDetail> {
  const row = await ctx.db.selectFrom('incidents').selectAll().where('id', '=', input.id).executeTakeFirst();
  if (!row) throw new NotFoundError('incident', input.id);
  const incident = incidentFromRow(row);
  const reports = (await ctx.db.selectFrom('reports').selectAll().where('incident_id', '=', input.id).orderBy('observed_from').orderBy('id').execute()).map(reportFromRow);
  // An incident the actor may not see does not exist for them.
  if (!canSeeIncident(ctx.actor, incident, reports)) throw new NotFoundError('incident', input.id);
  const reportIds = reports.map((r) => r.id);
  const evidence = reportIds.length
    ? (await ctx.db.selectFrom('evidence').selectAll().where('report_id', 'in', reportIds).orderBy('created_at').orderBy('id').execute()).map(evidenceFromRow)
    : [];
  const decisions = (await ctx.db.selectFrom('decisions').selectAll().where('incident_id', '=', input.id).orderBy('created_at').orderBy('id').execute()).map(decisionFromRow);
  const disputes = (await ctx.db.selectFrom('disputes').selectAll().where('incident_id', '=', input.id).orderBy('created_at').orderBy('id').execute()).map(disputeFromRow);
  const entries = await ctx.db.selectFrom('log_entries').select('idx').where('record_id', '=', input.id).orderBy('idx').execute();
  const territorialChange = (await ctx.db.selectFrom('territorial_changes').selectAll().where('incident_id', '=', input.id).executeTakeFirst()) ?? null;
  return { incident, reports, evidence, decisions, disputes, territorial_change: territorialChange, log_indexes: entries.map((e) => Number(e.idx)) };
}
