import { NotFoundError } from '../../domain/domain-error.js';
import { findAgreement } from '../../store/queries/agreement-queries.js';
import type { ReadContext } from '../use-case-context.js';
import type { AgreementDetail } from './agreement-detail.js';
import { loadAgreementDetails } from './load-agreement-details.js';

export async function getAgreement(ctx: ReadContext, input: { id: string }): Promise<AgreementDetail> {
  const agreement = await findAgreement(ctx.db, input.id);
  if (!agreement) throw new NotFoundError('agreement', input.id);
  const [detail] = await loadAgreementDetails(ctx.db, [agreement]);
  return detail!;
}
