import { listAgreements } from '../../store/queries/agreement-queries.js';
import type { ReadContext } from '../use-case-context.js';
import type { AgreementDetail } from './agreement-detail.js';
import { loadAgreementDetails } from './load-agreement-details.js';

export async function getAgreements(ctx: ReadContext, _input: void): Promise<AgreementDetail[]> {
  return loadAgreementDetails(ctx.db, await listAgreements(ctx.db));
}
