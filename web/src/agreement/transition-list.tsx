import { useTranslation } from 'react-i18next';
import { useContent } from '../i18n/content-store.js';
import { LocalizedText } from '../i18n/localized-text.js';
import { DateTime } from '../ui/date-time.js';
import type { Transition } from './agreement-types.js';

export function TransitionList({ transitions }: { transitions: Transition[] }) {
  const { t } = useTranslation();
  const content = useContent();
  if (transitions.length === 0) return <p className="muted">{t('agreement.noTransitions')}</p>;
  return (
    <ol className="transitions">
      {transitions.map((transition) => (
        <li key={transition.id}>
          <DateTime iso={transition.at} />
          {': '}
          <span className={`status status-${transition.from_status}`}>{t(`agreementStatus.${transition.from_status}`)}</span>
          {' → '}
          <span className={`status status-${transition.to_status}`}>{t(`agreementStatus.${transition.to_status}`)}</span>
          {transition.reason && (
            <p className="statement">
              <LocalizedText content={content.text('agreement_transition', transition.id, 'reason', transition.reason)} />
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}
