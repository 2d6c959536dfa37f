import type { TFunction } from 'i18next';

/**
 * A verifier as the desk may name them. Account names are the administrator's and their owner's
 * (the disclosure policy), so another verifier is named by role, never by a raw account id.
 */
export function personLabel(actor: string, me: string, t: TFunction): string {
  return actor === me ? t('queue.you') : t('queue.anotherVerifier');
}
