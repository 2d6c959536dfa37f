import type { TFunction } from 'i18next';
import type { z } from 'zod';

export type FieldErrors = Record<string, string>;

/**
 * The contract's validation issues as messages in the reader's language, one per field
 * (named by its dotted path, as the API's error details name them).
 */
export function fieldErrors(error: z.ZodError, t: TFunction): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const path = issue.path.join('.');
    if (!(path in out)) out[path] = issueMessage(issue, t);
  }
  return out;
}

function issueMessage(issue: z.core.$ZodIssue, t: TFunction): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined || issue.input === null || issue.input === '') return t('field.required');
      return issue.expected === 'int' ? t('field.wholeNumber') : issue.expected === 'number' ? t('field.number') : t('field.invalid');
    case 'invalid_value':
      return t('field.chooseOne');
    case 'too_small':
      if (issue.origin === 'string') return t('field.required');
      return t('field.atLeast', { min: String(issue.minimum) });
    case 'too_big':
      return issue.origin === 'string' ? t('field.tooLong', { max: String(issue.maximum) }) : t('field.atMost', { max: String(issue.maximum) });
    default:
      return t('field.invalid');
  }
}
