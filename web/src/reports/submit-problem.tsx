import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { ApiError } from '../api/fetch-json.js';
import { AppLink } from '../app/app-link.js';
import { errorText } from '../i18n/translate-error.js';

/** Why the report was not sent, as the monitor can act on it. */
export type Problem = { kind: 'invalid' } | { kind: 'signed-out' } | { kind: 'offline' } | { kind: 'back-online' } | { kind: 'refused'; message: string };

/** The browser knows it has no network: nothing is sent, and the draft waits. */
export const isOffline = () => navigator.onLine === false;

/**
 * A failed request as a problem: a 401 is a session that ended (signed out elsewhere, or
 * idle too long); a fetch that never got an answer rejects with a TypeError (an upload's
 * XMLHttpRequest with status 0) and means the connection is gone.
 */
export function problemOf(error: unknown): Problem {
  if (error instanceof ApiError && error.status === 401) return { kind: 'signed-out' };
  if (error instanceof TypeError || (error instanceof ApiError && error.status === 0) || isOffline()) return { kind: 'offline' };
  return { kind: 'refused', message: errorText(error) };
}

/** Why the evidence of a recorded report was not stored, in words that fit the sentence that says so. */
export function uploadFailureText(error: unknown, t: TFunction): string {
  const problem = problemOf(error);
  if (problem.kind === 'signed-out') return t('reportForm.uploadSignedOut');
  if (problem.kind === 'offline') return t('reportForm.uploadOffline');
  return problem.kind === 'refused' ? problem.message : '';
}

/** The form's alert: what went wrong and what to do, with the way back to signing in when the session ended. */
export function SubmitProblem({ problem, invalidFields, onOnline }: { problem: Problem; invalidFields: number; onOnline: () => void }) {
  const { t } = useTranslation();
  const waiting = problem.kind === 'offline';
  useEffect(() => {
    if (!waiting) return;
    window.addEventListener('online', onOnline);
    return () => window.removeEventListener('online', onOnline);
  }, [waiting, onOnline]);

  // The count follows the fields as they are corrected; with none left there is nothing to say.
  if (problem.kind === 'invalid' && invalidFields === 0) return null;
  return (
    <div className={`notice ${problem.kind === 'back-online' ? 'notice-ok' : 'notice-error'}`} role="alert">
      {problem.kind === 'invalid' && <p>{t('reportForm.invalid', { count: invalidFields })}</p>}
      {problem.kind === 'offline' && <p>{t('reportForm.offline')}</p>}
      {problem.kind === 'back-online' && <p>{t('reportForm.backOnline')}</p>}
      {problem.kind === 'refused' && <p>{t('reportForm.submitFailed', { message: problem.message })}</p>}
      {problem.kind === 'signed-out' && (
        <>
          <p>{t('reportForm.sessionEnded')}</p>
          <p>
            <AppLink href={`/login?next=${encodeURIComponent(window.location.pathname)}`}>{t('reportForm.signInAgain')}</AppLink>
          </p>
        </>
      )}
    </div>
  );
}
