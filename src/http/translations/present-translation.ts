import type { Actor } from '../../domain/actor.js';
import type { Translation } from '../../domain/translations/translation.js';
import { presentRecord } from '../common/present-record.js';
import type { TranslationResponse } from './translation-schema.js';

export function presentTranslation(actor: Actor, translation: Translation): TranslationResponse {
  return presentRecord<TranslationResponse, 'translation'>('translation', translation, undefined, actor);
}
