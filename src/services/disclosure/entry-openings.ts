import type { Opening } from '../../domain/policy/check-disclosure.js';
import { entryKind } from '../../domain/policy/check-entry-shape.js';
import { mayOpen, type KindPolicy } from '../../domain/policy/disclosure-policy.js';
import { DISCLOSURE } from '../../domain/policy/disclosure-table.js';
import { RECORD_KINDS, recordFromRow } from '../../store/record-kinds.js';
import type { ReadContext } from '../use-case-context.js';
import { disclosureContext } from './disclosure-context.js';

/**
 * The openings of one log entry that its reader may see now: for each sealed group the policy
 * discloses to them, given the record as it stands today, its value then and its salt. So once
 * an incident is published, anyone can open the entries made when its reports were filed.
 */
export async function entryOpenings(ctx: ReadContext, input: { index: number }): Promise<Opening[]> {
  const entry = await ctx.db.selectFrom('log_entries').select(['type', 'record_id']).where('idx', '=', input.index).executeTakeFirst();
  const kind = entry && entryKind(entry.type);
  if (!entry || !kind) return [];
  const opening = await ctx.db.selectFrom('log_openings').select(['salts', 'sealed']).where('idx', '=', input.index).executeTakeFirst();
  if (!opening) return [];
  const row = await ctx.db
    .selectFrom(RECORD_KINDS[kind].table)
    .selectAll()
    .where('id' as never, '=', entry.record_id as never)
    .executeTakeFirst();
  if (!row) return [];
  const record = recordFromRow(kind, row as Record<string, unknown>);
  const policy = DISCLOSURE[kind] as KindPolicy<unknown, unknown>;
  const facts = policy.facts(record, await disclosureContext(ctx, kind, record));
  const salts = JSON.parse(opening.salts) as Record<string, string>;
  const values = JSON.parse(opening.sealed) as Record<string, unknown>;
  return Object.keys(salts)
    .filter((group) => mayOpen(policy, group, ctx.actor, facts))
    .map((group) => ({ group, salt: salts[group]!, value: values[group] }));
}
