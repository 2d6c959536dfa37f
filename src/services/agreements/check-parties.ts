import { InvalidInputError } from '../../domain/domain-error.js';
import { findPartiesByIds } from '../../store/queries/agreement-queries.js';
import type { ReadContext } from '../use-case-context.js';

/** Every id names a known party, once; the error names the offending field. */
export async function checkParties(ctx: ReadContext, ids: readonly string[], path: string): Promise<void> {
  const unique = new Set(ids);
  if (unique.size !== ids.length) throw new InvalidInputError(path, 'names a party more than once', { code: 'duplicate' });
  const found = new Set((await findPartiesByIds(ctx.db, ids)).map((p) => p.id));
  ids.forEach((id, i) => {
    if (!found.has(id)) throw new InvalidInputError(`${path}.${i}`, `unknown party ${id}`, { code: 'unknown_reference', params: { resource: 'party', id } });
  });
}
