import { NotFoundError } from '../../domain/domain-error.js';
import type { Incident } from '../../domain/incidents/incident-types.js';
import { reportView } from '../../domain/monitoring/monitoring-visibility.js';
import type { Report } from '../../domain/monitoring/report-types.js';
import { evidenceFromRow, incidentFromRow, reportFromRow, type Evidence } from '../../store/queries/monitoring-rows.js';
import type { ReadContext } from '../use-case-context.js';

export interface ReportDetail {
  report: Report;
  incident: Incident;
  evidence: Evidence[];
}

export async function getReport(ctx: ReadContext, input: { id: string }): Promise<ReportDetail> {
  const row = await ctx.db.selectFrom('reports').selectAll().where('id', '=', input.id).executeTakeFirst();
  if (!row) throw new NotFoundError('report', input.id);
  const report = reportFromRow(row);
  const incident = incidentFromRow(await ctx.db.selectFrom('incidents').selectAll().where('id', '=', report.incident_id).executeTakeFirstOrThrow());
  if (!reportView(ctx.actor, report, incident)) throw new NotFoundError('report', input.id);
  const evidence = (await ctx.db.selectFrom('evidence').selectAll().where('report_id', '=', input.id).orderBy('created_at').orderBy('id').execute()).map(evidenceFromRow);
  return { report, incident, evidence };
}
