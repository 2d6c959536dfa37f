import { selectInChunks } from '../../store/dialect/select-in-chunks.js';
import { InvalidInputError } from '../../domain/domain-error.js';
import type { Database } from '../../store/database-schema.js';
import type { ReadContext } from '../use-case-context.js';
import type { ReportInput } from './report-input.js';

export interface References {
  sources: Map<string, Database['sources']>;
}

/** Checks every source, agreement and term a batch names with one query each; an unknown one is an error naming the item. */
export async function resolveReferences(ctx: ReadContext, inputs: readonly ReportInput[], path: (i: number) => string): Promise<References> {
  const sourceIds = [...new Set(inputs.map((r) => r.source_id))];
  const agreementIds = [...new Set(inputs.flatMap((r) => (r.agreement_id ? [r.agreement_id] : [])))];
  const termIds = [...new Set(inputs.flatMap((r) => r.term_ids ?? []))];
  const sources = new Map<string, Database['sources']>();
  for (const s of await selectInChunks(sourceIds, (chunk) => ctx.db.selectFrom('sources').selectAll().where('id', 'in', chunk).execute())) sources.set(s.id, s);
  const agreements = new Set<string>();
  if (agreementIds.length > 0) {
    for (const a of await ctx.db.selectFrom('agreements').select('id').where('id', 'in', agreementIds).execute()) agreements.add(a.id);
  }
  const terms = new Map<string, string>();
  if (termIds.length > 0) {
    for (const t of await ctx.db.selectFrom('terms').select(['id', 'agreement_id']).where('id', 'in', termIds).execute()) terms.set(t.id, t.agreement_id);
  }
  for (const [i, r] of inputs.entries()) {
    const at = path(i);
    if (!sources.has(r.source_id)) throw new InvalidInputError(`${at}source_id`, `unknown source ${r.source_id}`, { code: 'unknown_reference', params: { resource: 'source', id: r.source_id } });
    if (r.agreement_id && !agreements.has(r.agreement_id)) throw new InvalidInputError(`${at}agreement_id`, `unknown agreement ${r.agreement_id}`, { code: 'unknown_reference', params: { resource: 'agreement', id: r.agreement_id } });
    for (const [j, termId] of (r.term_ids ?? []).entries()) {
      const agreement = terms.get(termId);
      if (!agreement) throw new InvalidInputError(`${at}term_ids.${j}`, `unknown term ${termId}`, { code: 'unknown_reference', params: { resource: 'term', id: termId } });
      if (!r.agreement_id) throw new InvalidInputError(`${at}agreement_id`, 'names the agreement whose terms the report cites');
      if (agreement !== r.agreement_id) throw new InvalidInputError(`${at}term_ids.${j}`, `term ${termId} belongs to another agreement`);
    }
  }
  return { sources };
}
