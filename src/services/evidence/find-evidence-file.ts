import { NotFoundError } from '../../domain/domain-error.js';
import { recordFromRow } from '../../store/record-kinds.js';
import { isVisible } from '../../domain/policy/disclose-record.js';
import type { Evidence } from '../../domain/monitoring/evidence-types.js';
import type { ReadContext } from '../use-case-context.js';

/** The evidence row through which the actor may fetch these bytes; any one visible row suffices, since the bytes are the same. */
export async function findEvidenceFile(ctx: ReadContext, input: { sha256: string }): Promise<Evidence> {
  const rows = await ctx.db.selectFrom('evidence').selectAll().where('sha256', '=', input.sha256).execute();
  for (const row of rows) {
    const report = await ctx.db.selectFrom('reports').selectAll().where('id', '=', row.report_id).executeTakeFirstOrThrow();
    const incident = await ctx.db.selectFrom('incidents').selectAll().where('id', '=', report.incident_id).executeTakeFirstOrThrow();
    const evidence = recordFromRow('evidence', row);
    if (isVisible('evidence', evidence, { report: recordFromRow('report', report), incident: recordFromRow('incident', incident) }, ctx.actor)) return evidence;
  }
  throw new NotFoundError('evidence', input.sha256);
}
