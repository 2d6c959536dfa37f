import type { Position } from '../../domain/agreement/agreement-records.js';
import { recordFromRow } from '../../store/record-kinds.js';
import type { Citation, Condition, Stance } from '../../domain/agreement/agreement-types.js';
import { InvalidInputError } from '../../domain/domain-error.js';
import { listTerms } from '../../store/queries/agreement-queries.js';

import { newId } from '../new-id.js';
import type { WriteContext } from '../use-case-context.js';
import { requireAgreement } from './require-agreement.js';

const FUTURE_TOLERANCE_MS = 5 * 60_000;

export interface RecordPositionInput {
  agreement_id: string;
  id?: string;
  party_id: string;
  stance: Stance;
  conditions?: { text: string; term_code?: string | null; citation?: Citation | null }[];
  statement?: string | null;
  stated_at: string;
  citation?: Citation | null;
}

/**
 * Positions are never edited: a party that changes its stance states a new
 * position, and the latest one per party is the one in effect.
 */
export async function recordPosition(ctx: WriteContext, input: RecordPositionInput): Promise<Position> {
  const agreement = await requireAgreement(ctx.db, input.agreement_id);
  if (!agreement.party_ids.includes(input.party_id) && !agreement.mediator_ids.includes(input.party_id)) {
    throw new InvalidInputError('party_id', `${input.party_id} is neither a party nor a mediator of this agreement`);
  }
  if (Date.parse(input.stated_at) > Date.parse(ctx.now) + FUTURE_TOLERANCE_MS) {
    throw new InvalidInputError('stated_at', 'is in the future', { code: 'in_future' });
  }
  const conditionsIn = input.conditions ?? [];
  if (input.stance === 'accepted_with_conditions' && conditionsIn.length === 0) {
    throw new InvalidInputError('conditions', 'accepted_with_conditions needs at least one condition', { code: 'conditions_required' });
  }
  const termCodes = new Set((await listTerms(ctx.db, [agreement.id])).map((t) => t.code));
  const conditions: Condition[] = conditionsIn.map((c, i) => {
    if (c.term_code && !termCodes.has(c.term_code)) throw new InvalidInputError(`conditions.${i}.term_code`, `this agreement has no term ${c.term_code}`);
    return { id: `c${i + 1}`, text: c.text, term_code: c.term_code ?? null, citation: c.citation ?? null, status: 'open', resolved_by: null, resolved_at: null, resolution_note: null };
  });
  const row = await ctx.records.insert('position', 'stated', {
    id: input.id ?? newId(),
    agreement_id: agreement.id,
    party_id: input.party_id,
    stance: input.stance,
    conditions: JSON.stringify(conditions),
    statement: input.statement ?? null,
    stated_at: input.stated_at,
    citation: input.citation ? JSON.stringify(input.citation) : null,
    created_at: ctx.now,
    updated_at: ctx.now,
  });
  return recordFromRow('position', row);
}
