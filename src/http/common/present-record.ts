import type { Actor } from '../../domain/actor.js';
import { NotFoundError } from '../../domain/domain-error.js';
import { discloseRecord } from '../../domain/policy/disclose-record.js';
import type { ContextOf, RecordKindName, RecordOf } from '../../domain/policy/disclosure-table.js';

/**
 * A record as its endpoint answers it: what the disclosure policy shows this reader, or null
 * when the record does not exist for them. The response schema types each group's fields, and
 * Fastify checks every answer against it, so this is the one place an answer takes its type.
 */
export function presentIfVisible<T, K extends RecordKindName>(kind: K, record: RecordOf<K>, context: ContextOf<K>, actor: Actor): T | null {
  return discloseRecord(kind, record, context, actor) as unknown as T | null;
}

/** presentIfVisible for a record the reader asked for by id: one they may not see is not found. */
export function presentRecord<T, K extends RecordKindName>(kind: K, record: RecordOf<K>, context: ContextOf<K>, actor: Actor): T {
  const shown = presentIfVisible<T, K>(kind, record, context, actor);
  if (!shown) throw new NotFoundError(kind, (record as { id: string }).id);
  return shown;
}
