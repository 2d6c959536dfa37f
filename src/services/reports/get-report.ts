import { NotFoundError } from '../../domain/domain-error.js';
import { recordFromRow } from '../../store/record-kinds.js';
import type { Incident } from '../../domain/incidents/incident-types.js';
import { isVisible } from '../../domain/policy/disclose-record.js';
import type { Report } from '../../domain/monitoring/report-types.js';
import type { Evidence } from '../../domain/monitoring/evidence-types.js';
import type { ReadContext } from '../use-case-context.js';

export interface ReportDetail {
  report: Report;
  incident: Incident;
  evidence: Evidence[];
}

export async function getReport(ctx: ReadContext, input: { id: string }): Promise<ReportDetail> {
  const row = await ctx.db.selectFrom('reports').selectAll().where('id', '=', input.id).executeTakeFirst();
  if (!row) throw new NotFoundError('report', input.id);
  const report = recordFromRow('report', row);
  const incident = recordFromRow('incident', await ctx.db.selectFrom('incidents').selectAll().where('id', '=', report.incident_id).executeTakeFirstOrThrow());
  if (!isVisible('report', report, { incident }, ctx.actor)) throw new NotFoundError('report', input.id);
  const evidence = (await ctx.db.selectFrom('evidence').selectAll().where('report_id', '=', input.id).orderBy('created_at').orderBy('id').execute()).map((row) => recordFromRow('evidence', row));
  return { report, incident, evidence };
}
