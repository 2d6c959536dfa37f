import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, fetchText } from '../api/fetch-json.js';
import { useResource } from '../api/use-resource.js';
import { useDocumentTitle } from '../app/use-document-title.js';
import { DateTime } from '../ui/date-time.js';
import { LoadFailure } from '../ui/load-failure.js';
import { checkConsistency, type ConsistencyOutcome } from './check-consistency.js';
import { parseCheckpoint, type ParsedCheckpoint } from './parse-checkpoint.js';
import { readSeenCheckpoint, writeSeenCheckpoint, type SeenCheckpoint } from './seen-checkpoint-store.js';
import { VerificationResult } from './verification-result.js';
import { TableScroll } from '../ui/table-scroll.js';

/** null: the server has no log yet (404), which the page says plainly. */
async function loadCheckpoint(signal: AbortSignal): Promise<ParsedCheckpoint | null> {
  try {
    return parseCheckpoint(await fetchText('/log/checkpoint', signal));
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

export function LogPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('log.pageTitle'));
  const resource = useResource('checkpoint', loadCheckpoint);
  return (
    <article className="log">
      <header className="page-header">
        <h1>{t('log.pageTitle')}</h1>
        <p className="lead">{t('log.intro')}</p>
      </header>
      {resource.state === 'loading' && <p role="status">{t('common.loading')}</p>}
      {resource.state === 'failed' && <LoadFailure error={resource.error} onRetry={resource.reload} />}
      {resource.state === 'ready' && resource.data === null && (
        <p className="notice" role="status">
          {t('log.unavailable')}
        </p>
      )}
      {resource.state === 'ready' && resource.data !== null && <CheckpointView checkpoint={resource.data} />}
    </article>
  );
}

function CheckpointView({ checkpoint }: { checkpoint: ParsedCheckpoint }) {
  const { t } = useTranslation();
  const [seen, setSeen] = useState<SeenCheckpoint | null>(readSeenCheckpoint);
  const [outcome, setOutcome] = useState<ConsistencyOutcome | Error | null>(null);
  const [busy, setBusy] = useState(false);

  const verify = async () => {
    setBusy(true);
    setOutcome(null);
    try {
      const checked = await checkConsistency(seen, checkpoint);
      if (checked.remember) {
        const stored = { origin: checkpoint.origin, size: checkpoint.size, rootBase64: checkpoint.rootBase64, seenAt: new Date().toISOString() };
        writeSeenCheckpoint(stored);
        setSeen(stored);
      }
      setOutcome(checked);
    } catch (error) {
      setOutcome(error instanceof Error ? error : new Error(String(error)));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <section aria-labelledby="checkpoint-heading" className="card">
        <h2 id="checkpoint-heading">{t('log.checkpoint')}</h2>
        <dl className="facts facts-wide">
          <div>
            <dt>{t('log.origin')}</dt>
            <dd>
              <code>{checkpoint.origin}</code>
            </dd>
          </div>
          <div>
            <dt>{t('log.sizeLabel')}</dt>
            <dd>{t('log.size', { count: checkpoint.size })}</dd>
          </div>
          <div>
            <dt>{t('log.root')}</dt>
            <dd>
              <code className="hash">{checkpoint.rootBase64}</code>
            </dd>
          </div>
        </dl>
        <h3>{t('log.signatures')}</h3>
        <TableScroll>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('log.signer')}</th>
                <th scope="col">{t('log.keyId')}</th>
                <th scope="col">{t('log.signatureKind')}</th>
                <th scope="col">{t('log.cosignedAt')}</th>
              </tr>
            </thead>
            <tbody>
              {checkpoint.signatures.map((signature) => (
                <tr key={signature.line}>
                  <th scope="row">
                    <code>{signature.name}</code>
                  </th>
                  <td>
                    <code>{signature.keyIdHex}</code>
                  </td>
                  <td>{t(signature.kind === 'log' ? 'log.kindLog' : signature.kind === 'cosignature' ? 'log.kindCosignature' : 'log.kindUnknown')}</td>
                  <td>{signature.cosignedAt ? <DateTime iso={signature.cosignedAt} /> : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
        <p className="muted small">{t('log.signaturesNotChecked')}</p>
      </section>

      <section aria-labelledby="verify-heading" className="card">
        <h2 id="verify-heading">{t('log.lastSeen')}</h2>
        {seen ? (
          <dl className="facts facts-wide">
            <div>
              <dt>{t('log.sizeLabel')}</dt>
              <dd>{t('log.size', { count: seen.size })}</dd>
            </div>
            <div>
              <dt>{t('log.root')}</dt>
              <dd>
                <code className="hash">{seen.rootBase64}</code>
              </dd>
            </div>
            <div>
              <dt>{t('log.seenAt')}</dt>
              <dd>
                <DateTime iso={seen.seenAt} />
              </dd>
            </div>
          </dl>
        ) : (
          <p>{t('log.lastSeenNone')}</p>
        )}
        <button type="button" className="primary" onClick={() => void verify()} disabled={busy} aria-describedby="verify-result">
          {busy ? t('log.verifying') : t('log.verify')}
        </button>
        <div id="verify-result" aria-live="polite">
          {outcome && <VerificationResult outcome={outcome} />}
        </div>
      </section>
    </>
  );
}
