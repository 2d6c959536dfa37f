import type { Language } from '../languages.js';
import type { Action } from '../policy/actions.js';

/**
 * The public texts a record may carry in another language, per kind. Only kinds the public
 * reads whole are here: a translation is itself public, so translating a field some readers
 * may not see (a source's name, a report's narrative) would disclose it.
 */
export const TRANSLATABLE_FIELDS = {
  party: ['name'],
  agreement: ['title'],
  term: ['text', 'verification_method'],
  position: ['statement', 'condition'],
  agreement_transition: ['reason'],
  area: ['name'],
} as const;

export type TranslatableKind = keyof typeof TRANSLATABLE_FIELDS;

/** Who may translate a record is who may edit it: the action whose roles a translator of each kind needs. */
export const TRANSLATION_EDIT_ACTION = {
  party: 'party.update',
  agreement: 'agreement.update',
  term: 'term.update',
  position: 'agreement.update',
  agreement_transition: 'agreement.transition',
  area: 'area.create',
} as const satisfies Record<TranslatableKind, Action>;
export const TRANSLATABLE_KINDS = Object.keys(TRANSLATABLE_FIELDS) as TranslatableKind[];

/**
 * One field of one record in one language. A position's conditions live inside it, so a
 * condition's translation names it by id in `part`; every other field has `part` empty.
 * `unofficial` marks a translation the parties have not agreed, such as the mission's own.
 */
export interface Translation {
  id: string;
  record_kind: TranslatableKind;
  record_id: string;
  field: string;
  part: string;
  lang: Language;
  text: string;
  unofficial: boolean;
  created_at: string;
  updated_at: string;
  log_index: number;
}

export function isTranslatableKind(kind: string): kind is TranslatableKind {
  return Object.hasOwn(TRANSLATABLE_FIELDS, kind);
}

/** Whether `field` of a `kind` may be translated: the reason it may not, or null. */
export function translatableFieldProblem(kind: TranslatableKind, field: string, part: string): string | null {
  const fields: readonly string[] = TRANSLATABLE_FIELDS[kind];
  if (!fields.includes(field)) return `a ${kind} can be translated in ${fields.join(', ')}, not ${field}`;
  if (field === 'condition' && part === '') return 'a condition is named by its id in part';
  if (field !== 'condition' && part !== '') return `${field} has no parts`;
  return null;
}

/** The key a translated text is found under: kind, record, field and part. */
export function translationKey(kind: TranslatableKind, recordId: string, field: string, part = ''): string {
  return `${kind}/${recordId}/${field}/${part}`;
}
