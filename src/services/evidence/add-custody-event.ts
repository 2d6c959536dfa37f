import { NotFoundError } from '../../domain/domain-error.js';
import { recordFromRow } from '../../store/record-kinds.js';
import type { CustodyEvent, Evidence } from '../../domain/monitoring/evidence-types.js';
import type { EvidenceContext } from '../../domain/policy/disclosure/evidence-policy.js';
import type { WriteContext } from '../use-case-context.js';
import { evidenceContext } from './evidence-context.js';

/** Appends a chain-of-custody event (Berkeley Protocol): who transferred, analysed or exported the item, and when. */
export async function addCustodyEvent(ctx: WriteContext, input: { report_id: string; evidence_id: string; event: CustodyEvent['event']; note?: string | null }): Promise<{ evidence: Evidence; context: EvidenceContext }> {
  const row = await ctx.db.selectFrom('evidence').selectAll().where('id', '=', input.evidence_id).where('report_id', '=', input.report_id).executeTakeFirst();
  if (!row) throw new NotFoundError('evidence', input.evidence_id);
  const custody: CustodyEvent[] = [...JSON.parse(row.custody), { event: input.event, actor: ctx.actor.id, at: ctx.now, note: input.note ?? null }];
  const evidence = recordFromRow('evidence', await ctx.records.update('evidence', `custody_${input.event}`, row.id, { custody: JSON.stringify(custody), updated_at: ctx.now }));
  return { evidence, context: await evidenceContext(ctx, input.report_id) };
}
