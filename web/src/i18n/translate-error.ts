import i18next from 'i18next';
import { ApiError, type ApiErrorDetail } from '../api/fetch-json.js';

/** Catalogue keys are built from the API's codes, so they are looked up as plain strings. */
function translate(key: string, params: Readonly<Record<string, string | number>> = {}): string | null {
  return i18next.exists(key) ? (i18next.t as unknown as (k: string, p: object) => string)(key, params) : null;
}

/**
 * One detail in the reader's language, from its code and params. A bound names its origin
 * (too_small_string); a referenced record's kind is translated too. A code this catalogue
 * does not know yet keeps the server's English words beside the generic text.
 */
export function detailText(detail: ApiErrorDetail): string {
  const code = detail.code ?? 'invalid';
  const params = { ...detail.params };
  if (typeof params['resource'] === 'string') params['resource'] = translate(`errors.resource.${params['resource']}`) ?? translate('errors.resource.other')!;
  const origin = typeof params['origin'] === 'string' ? params['origin'] : null;
  const known = (origin ? translate(`errors.detail.${code}_${origin}`, params) : null) ?? translate(`errors.detail.${code}`, params);
  return known ?? `${translate('errors.detail.invalid')} (${detail.message})`;
}

/** A failed request in the reader's language: each named field with its reason, else the kind of refusal. */
export function errorText(error: unknown): string {
  if (!(error instanceof ApiError)) return error instanceof Error ? error.message : String(error);
  if (error.details.length > 0) return error.details.map((d) => `${d.path}: ${detailText(d)}`).join('; ');
  return translate(`errors.top.${error.code}`, { status: error.status, requestId: error.requestId ?? '' }) ?? error.message;
}
