import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../format/format-date-time.js';
import { useDisplayLocale } from '../format/use-display-locale.js';
import type { ConsistencyOutcome } from './check-consistency.js';

/** What the check proved, in words; failures are shown as alerts, never softened. */
export function VerificationResult({ outcome }: { outcome: ConsistencyOutcome | Error }) {
  const { t } = useTranslation();
  const locale = useDisplayLocale();
  if (outcome instanceof Error) {
    return (
      <p className="notice notice-error" role="alert">
        {t('log.resultError', { message: outcome.message })}
      </p>
    );
  }
  switch (outcome.result) {
    case 'first':
      return <p className="notice">{t('log.resultFirst')}</p>;
    case 'other-log':
      return <p className="notice notice-warning">{t('log.resultOtherLog', { origin: outcome.origin })}</p>;
    case 'same':
      return <p className="notice notice-ok">{t('log.resultSame')}</p>;
    case 'consistent': {
      const { local, utc } = formatDateTime(outcome.seenAt, locale);
      return <p className="notice notice-ok">{t('log.resultConsistent', { from: outcome.from, to: outcome.to, date: `${local} (${utc})` })}</p>;
    }
    case 'inconsistent':
      return (
        <p className="notice notice-error" role="alert">
          {t('log.resultInconsistent')}
        </p>
      );
    case 'shrunk':
      return (
        <p className="notice notice-error" role="alert">
          {t('log.resultShrunk', { from: outcome.from, to: outcome.to })}
        </p>
      );
    case 'proof-unavailable':
      return <p className="notice notice-warning">{t('log.resultProofUnavailable')}</p>;
  }
}
