import { NotFoundError } from '../../domain/domain-error.js';
import { recordFromRow } from '../../store/record-kinds.js';
import type { Decision, Dispute, Incident } from '../../domain/incidents/incident-types.js';
import { isVisible } from '../../domain/policy/disclose-record.js';
import type { TerritorialChangeRecord } from '../../domain/control/control-types.js';
import type { Report } from '../../domain/monitoring/report-types.js';
import type { Evidence } from '../../domain/monitoring/evidence-types.js';
import type { ReadContext } from '../use-case-context.js';

export interface IncidentDetail {
  incident: Incident;
  reports: Report[];
  evidence: Evidence[];
  decisions: Decision[];
  disputes: Dispute[];
  /** For a territorial_change incident: the assessed change of control that opened it. */
  territorial_change: TerritorialChangeRecord | null;
  /** Every log entry about the incident, oldest first. */
  log_indexes: number[];
}

/** One incident with everything about it; the presenter filters what the actor may see. */
export async function getIncident(ctx: ReadContext, input: { id: string }): Promise<IncidentDetail> {
  const row = await ctx.db.selectFrom('incidents').selectAll().where('id', '=', input.id).executeTakeFirst();
  if (!row) throw new NotFoundError('incident', input.id);
  const incident = recordFromRow('incident', row);
  // An incident the actor may not see does not exist for them.
  if (!isVisible('incident', incident, undefined, ctx.actor)) throw new NotFoundError('incident', input.id);
  const reports = (await ctx.db.selectFrom('reports').selectAll().where('incident_id', '=', input.id).orderBy('observed_from').orderBy('id').execute()).map((row) => recordFromRow('report', row));
  const reportIds = reports.map((r) => r.id);
  const evidence = reportIds.length
    ? (await ctx.db.selectFrom('evidence').selectAll().where('report_id', 'in', reportIds).orderBy('created_at').orderBy('id').execute()).map((row) => recordFromRow('evidence', row))
    : [];
  const decisions = (await ctx.db.selectFrom('decisions').selectAll().where('incident_id', '=', input.id).orderBy('created_at').orderBy('id').execute()).map((row) => recordFromRow('decision', row));
  const disputes = (await ctx.db.selectFrom('disputes').selectAll().where('incident_id', '=', input.id).orderBy('created_at').orderBy('id').execute()).map((row) => recordFromRow('dispute', row));
  const entries = await ctx.db.selectFrom('log_entries').select('idx').where('record_id', '=', input.id).orderBy('idx').execute();
  const change = await ctx.db.selectFrom('territorial_changes').selectAll().where('incident_id', '=', input.id).executeTakeFirst();
  const territorialChange = change ? recordFromRow('territorial_change', change) : null;
  return { incident, reports, evidence, decisions, disputes, territorial_change: territorialChange, log_indexes: entries.map((e) => Number(e.idx)) };
}
