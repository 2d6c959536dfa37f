import { useTranslation } from 'react-i18next';
import { useResource } from '../api/use-resource.js';
import { DateTime } from '../ui/date-time.js';
import { LoadFailure } from '../ui/load-failure.js';
import { verifyLogEntry } from './verify-log-entry.js';

/** The incident's latest log entry, proved included in the current checkpoint in this browser: ✓ or ✗, in words too. */
export function InclusionProof({ index, recordId }: { index: number; recordId: string }) {
  const { t } = useTranslation();
  const result = useResource(`proof:${recordId}:${index}`, (signal) => verifyLogEntry(index, recordId, signal));
  return (
    <section aria-labelledby="proof-heading" className="card">
      <h2 id="proof-heading">{t('incidents.proof')}</h2>
      <p className="muted small">{t('incidents.proofHint')}</p>
      <div aria-live="polite">
        {result.state === 'loading' && <p role="status">{t('incidents.proofChecking')}</p>}
        {result.state === 'failed' && <LoadFailure error={result.error} onRetry={result.reload} />}
        {result.state === 'ready' && (
          <>
            <p className={`proof-result ${result.data.ok ? 'notice notice-ok' : 'notice notice-error'}`} role={result.data.ok ? undefined : 'alert'}>
              <span className="proof-mark" aria-hidden="true">
                {result.data.ok ? '✓' : '✗'}
              </span>{' '}
              {result.data.ok ? t('incidents.proofOk', { index: result.data.index, size: result.data.size }) : t('incidents.proofFailed', { index: result.data.index, size: result.data.size })}
            </p>
            <dl className="facts facts-wide">
              <div>
                <dt>{t('incidents.entry')}</dt>
                <dd>
                  <code>{result.data.type}</code> · <DateTime iso={result.data.at} />
                </dd>
              </div>
              <div>
                <dt>{t('incidents.leafHash')}</dt>
                <dd>
                  <code className="hash">{result.data.leafHex}</code>
                </dd>
              </div>
              <div>
                <dt>{t('log.root')}</dt>
                <dd>
                  <code className="hash">{result.data.rootBase64}</code>
                </dd>
              </div>
            </dl>
          </>
        )}
      </div>
    </section>
  );
}
