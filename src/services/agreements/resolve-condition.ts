import type { Position } from '../../domain/agreement/agreement-records.js';
import { recordFromRow } from '../../store/record-kinds.js';
import type { ConditionStatus } from '../../domain/agreement/agreement-types.js';
import { NotFoundError } from '../../domain/domain-error.js';
import { findPosition } from '../../store/queries/agreement-queries.js';

import type { WriteContext } from '../use-case-context.js';

export interface ResolveConditionInput {
  agreement_id: string;
  position_id: string;
  condition_id: string;
  status: ConditionStatus;
  note?: string | null;
}

/** A mediator marks a party's condition met or waived (or reopens it); the policy decides who may. */
export async function resolveCondition(ctx: WriteContext, input: ResolveConditionInput): Promise<Position> {
  const position = await findPosition(ctx.db, input.agreement_id, input.position_id);
  if (!position) throw new NotFoundError('position', input.position_id);
  if (!position.conditions.some((c) => c.id === input.condition_id)) throw new NotFoundError('condition', input.condition_id);
  const conditions = position.conditions.map((c) =>
    c.id !== input.condition_id
      ? c
      : {
          ...c,
          status: input.status,
          resolved_by: input.status === 'open' ? null : ctx.actor.id,
          resolved_at: input.status === 'open' ? null : ctx.now,
          resolution_note: input.note ?? null,
        },
  );
  const row = await ctx.records.update('position', 'condition_resolved', position.id, { conditions: JSON.stringify(conditions), updated_at: ctx.now });
  return recordFromRow('position', row);
}
