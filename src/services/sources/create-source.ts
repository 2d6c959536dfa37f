import { ConflictError, InvalidInputError } from '../../domain/domain-error.js';
import { recordFromRow } from '../../store/record-kinds.js';
import type { Reliability, Source, SourceType } from '../../domain/monitoring/report-types.js';
import { findParty } from '../../store/queries/agreement-queries.js';

import { newId } from '../new-id.js';
import type { WriteContext } from '../use-case-context.js';

export interface CreateSourceInput {
  id?: string;
  name: string;
  type: SourceType;
  /** A party id, or null for an independent source. */
  affiliation: string | null;
  default_reliability: Reliability;
  synthetic?: boolean;
}

export async function createSource(ctx: WriteContext, input: CreateSourceInput): Promise<Source> {
  if (input.affiliation && !(await findParty(ctx.db, input.affiliation))) throw new InvalidInputError('affiliation', `unknown party ${input.affiliation}`, { code: 'unknown_reference', params: { resource: 'party', id: input.affiliation } });
  const clash = await ctx.db.selectFrom('sources').select('id').where('name', '=', input.name).executeTakeFirst();
  if (clash) throw new ConflictError(`a source named ${input.name} exists: ${clash.id}`, 'name');
  const row = await ctx.records.insert('source', 'created', {
    id: input.id ?? newId(),
    name: input.name,
    type: input.type,
    affiliation: input.affiliation,
    default_reliability: input.default_reliability,
    synthetic: input.synthetic ? 1 : 0,
    created_at: ctx.now,
    updated_at: ctx.now,
  });
  return recordFromRow('source', row);
}
