import { z } from 'zod';
import { LANGUAGES } from '../../domain/languages.js';
import { TRANSLATABLE_KINDS } from '../../domain/translations/translation.js';
import { disclosure, logIndex, recordId } from '../common/common-schemas.js';

export const setTranslationBody = z.strictObject({
  record_kind: z.enum(TRANSLATABLE_KINDS).meta({ description: 'The kind of public record translated.' }),
  record_id: recordId,
  field: z.string().min(1).max(40).meta({ description: 'The field translated: a party or area name, an agreement title, a term text, a position statement or one of its conditions, the reason given for a transition.' }),
  part: z.string().max(100).optional().meta({ description: 'For a condition, its id; empty otherwise.' }),
  lang: z.enum(LANGUAGES),
  text: z.string().trim().min(1).max(4000),
  unofficial: z.boolean().meta({ description: 'True for a translation the parties have not agreed, such as the mission’s own; readers see it marked so.' }),
});

export const translationsQuery = z.strictObject({ lang: z.enum(LANGUAGES) });

export const translationResponse = z
  .object({
    id: z.string(),
    record_kind: z.enum(TRANSLATABLE_KINDS),
    record_id: z.string(),
    field: z.string(),
    part: z.string(),
    lang: z.enum(LANGUAGES),
    text: z.string(),
    unofficial: z.boolean(),
    created_at: z.string(),
    updated_at: z.string(),
    log_index: logIndex,
    disclosure,
  })
  .meta({ id: 'Translation' });

export type TranslationResponse = z.infer<typeof translationResponse>;
