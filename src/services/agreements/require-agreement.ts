import type { Agreement } from '../../domain/agreement/agreement-records.js';
import { NotFoundError } from '../../domain/domain-error.js';
import { findAgreement } from '../../store/queries/agreement-queries.js';
import type { ReadContext } from '../use-case-context.js';

export async function requireAgreement(db: ReadContext['db'], id: string): Promise<Agreement> {
  const agreement = await findAgreement(db, id);
  if (!agreement) throw new NotFoundError('agreement', id);
  return agreement;
}
