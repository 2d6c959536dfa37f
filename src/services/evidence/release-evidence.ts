import { NotFoundError } from '../../domain/domain-error.js';
import type { Evidence } from '../../domain/monitoring/evidence-types.js';
import { evidenceRelease, type EvidenceContext, type EvidenceRelease } from '../../domain/policy/disclosure/evidence-policy.js';
import { recordFromRow } from '../../store/record-kinds.js';
import type { WriteContext } from '../use-case-context.js';
import { evidenceContext } from './evidence-context.js';

/**
 * A verifier or mediator releases evidence to the parties concerned or to the public, or takes
 * it back to the mission: a logged change of the evidence record. Releasing to the public also
 * releases to the parties. The same release again changes and logs nothing.
 */
export async function releaseEvidence(ctx: WriteContext, input: { report_id: string; evidence_id: string; release: EvidenceRelease }): Promise<{ evidence: Evidence; context: EvidenceContext }> {
  const row = await ctx.db.selectFrom('evidence').selectAll().where('id', '=', input.evidence_id).where('report_id', '=', input.report_id).executeTakeFirst();
  if (!row) throw new NotFoundError('evidence', input.evidence_id);
  let evidence = recordFromRow('evidence', row);
  if (evidenceRelease(evidence) !== input.release) {
    const changes = { public: input.release === 'public' ? 1 : 0, releasable_to_parties: input.release === 'internal' ? 0 : 1, updated_at: ctx.now };
    evidence = recordFromRow('evidence', await ctx.records.update('evidence', `released_${input.release}`, row.id, changes));
  }
  return { evidence, context: await evidenceContext(ctx, input.report_id) };
}
