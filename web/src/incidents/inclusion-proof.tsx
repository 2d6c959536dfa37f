import { useTranslation } from 'react-i18next';
import { useResource } from '../api/use-resource.js';
import { DateTime } from '../ui/date-time.js';
import { LoadFailure } from '../ui/load-failure.js';
import { verifyLogEntry } from './verify-log-entry.js';

/**
 * The record shown on this page, proved in this browser against the signed log: the checkpoint's
 * signature, every entry's inclusion, and every field it shows. ✓ or ✗, in words too.
 */
export function InclusionProof({ url, recordId }: { url: string; recordId: string }) {
  const { t } = useTranslation();
  const result = useResource(`proof:${url}`, (signal) => verifyLogEntry(url, recordId, signal));
  return (
    <section aria-labelledby="proof-heading" className="card">
      <h2 id="proof-heading">{t('incidents.proof')}</h2>
      <p className="muted small">{t('incidents.proofHint')}</p>
      <div aria-live="polite">
        {result.state === 'loading' && <p role="status">{t('incidents.proofChecking')}</p>}
        {result.state === 'failed' && <LoadFailure error={result.error} onRetry={result.reload} />}
        {result.state === 'ready' && (
          <>
            {result.data.pending ? (
              <p className="proof-result notice" role="status">
                {t('incidents.proofPending', { size: result.data.size })}{' '}
                <button type="button" onClick={result.reload}>
                  {t('incidents.proofAgain')}
                </button>
              </p>
            ) : (
              <p className={`proof-result ${result.data.ok ? 'notice notice-ok' : 'notice notice-error'}`} role={result.data.ok ? undefined : 'alert'}>
                <span className="proof-mark" aria-hidden="true">
                  {result.data.ok ? '✓' : '✗'}
                </span>{' '}
                {result.data.ok ? t('incidents.proofOk', { size: result.data.size, entries: result.data.entries }) : t('incidents.proofFailed', { size: result.data.size })}
              </p>
            )}
            <dl className="facts facts-wide">
              <div>
                <dt>{t('incidents.proofSignature')}</dt>
                <dd>
                  {result.data.signature === 'valid'
                    ? t('incidents.proofSignatureValid')
                    : result.data.signature === 'key_changed'
                      ? t('incidents.proofKeyChanged')
                      : t('incidents.proofSignatureInvalid')}
                </dd>
              </div>
              <div>
                <dt>{t('incidents.proofIncluded')}</dt>
                <dd>{result.data.included ? t('incidents.proofYes') : t('incidents.proofNo')}</dd>
              </div>
              <div>
                <dt>{t('incidents.proofFields')}</dt>
                <dd>
                  {result.data.problems.length === 0 ? (
                    t('incidents.proofFieldsOk')
                  ) : (
                    <ul>
                      {result.data.problems.map((p) => (
                        <li key={`${p.path}:${p.message}`}>
                          <code>{p.path}</code> {p.message}
                        </li>
                      ))}
                    </ul>
                  )}
                </dd>
              </div>
              <div>
                <dt>{t('incidents.entry')}</dt>
                <dd>
                  {result.data.index} · <code>{result.data.type}</code> · {result.data.at && <DateTime iso={result.data.at} />}
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
