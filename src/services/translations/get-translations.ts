import type { Language } from '../../domain/languages.js';
import type { Translation } from '../../domain/translations/translation.js';
import { recordFromRow } from '../../store/record-kinds.js';
import type { ReadContext } from '../use-case-context.js';

/** Every translation into one language, in a stable order: a reader's whole set in one answer. */
export async function getTranslations(ctx: ReadContext, input: { lang: Language }): Promise<Translation[]> {
  const rows = await ctx.db.selectFrom('translations').selectAll().where('lang', '=', input.lang).orderBy('record_kind').orderBy('record_id').orderBy('field').orderBy('part').execute();
  return rows.map((row) => recordFromRow('translation', row));
}
