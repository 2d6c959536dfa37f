import { InvalidInputError } from '../../domain/domain-error.js';
import type { Language } from '../../domain/languages.js';
import { translatableFieldProblem, type TranslatableKind, type Translation } from '../../domain/translations/translation.js';
import { RECORD_KINDS, recordFromRow } from '../../store/record-kinds.js';
import { newId } from '../new-id.js';
import type { WriteContext } from '../use-case-context.js';

export interface SetTranslationInput {
  record_kind: TranslatableKind;
  record_id: string;
  field: string;
  part?: string;
  lang: Language;
  text: string;
  unofficial: boolean;
}

/**
 * Gives a public record's field its text in a language, or replaces the one it has. The
 * record and, for a condition, the condition must exist; setting the same text again writes
 * and logs nothing.
 */
export async function setTranslation(ctx: WriteContext, input: SetTranslationInput): Promise<Translation> {
  const part = input.part ?? '';
  const problem = translatableFieldProblem(input.record_kind, input.field, part);
  if (problem) throw new InvalidInputError(part === '' && input.field === 'condition' ? 'part' : 'field', problem, { code: 'not_translatable' });
  const record = await ctx.db.selectFrom(RECORD_KINDS[input.record_kind].table).selectAll().where('id', '=', input.record_id).executeTakeFirst();
  if (!record) throw new InvalidInputError('record_id', `unknown ${input.record_kind} ${input.record_id}`, { code: 'unknown_reference', params: { resource: input.record_kind, id: input.record_id } });
  if (input.field === 'condition') {
    const { conditions } = recordFromRow('position', record);
    if (!conditions.some((c) => c.id === part)) throw new InvalidInputError('part', `position ${input.record_id} has no condition ${part}`, { code: 'unknown_reference', params: { resource: 'condition', id: part } });
  }
  const existing = await ctx.db
    .selectFrom('translations')
    .select('id')
    .where('record_kind', '=', input.record_kind)
    .where('record_id', '=', input.record_id)
    .where('field', '=', input.field)
    .where('part', '=', part)
    .where('lang', '=', input.lang)
    .executeTakeFirst();
  const unofficial = input.unofficial ? 1 : 0;
  const row = existing
    ? await ctx.records.edit('translation', 'updated', existing.id, { text: input.text, unofficial, updated_at: ctx.now })
    : await ctx.records.insert('translation', 'created', {
        id: newId(),
        record_kind: input.record_kind,
        record_id: input.record_id,
        field: input.field,
        part,
        lang: input.lang,
        text: input.text,
        unofficial,
        created_at: ctx.now,
        updated_at: ctx.now,
      });
  return recordFromRow('translation', row);
}
