import type { Kysely, Transaction } from 'kysely';
import { inForceSpan, type InForceSpan } from '../../domain/compliance/in-force-span.js';
import type { Database } from '../../store/database-schema.js';

/** When each of these agreements was in force, from their rows and transitions: null for one that never entered into force. */
export async function inForceSpans(db: Kysely<Database> | Transaction<Database>, agreementIds: Iterable<string>): Promise<Map<string, InForceSpan | null>> {
  const ids = [...new Set(agreementIds)];
  if (ids.length === 0) return new Map();
  const agreements = await db.selectFrom('agreements').select(['id', 'effective_at', 'expires_at']).where('id', 'in', ids).execute();
  const transitions = await db.selectFrom('agreement_transitions').select(['agreement_id', 'to_status', 'at']).where('agreement_id', 'in', ids).orderBy('at').orderBy('log_index').execute();
  return new Map(agreements.map((a) => [a.id, inForceSpan({ ...a, transitions: transitions.filter((t) => t.agreement_id === a.id) })]));
}
