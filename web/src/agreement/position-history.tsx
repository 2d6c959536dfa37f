import { useTranslation } from 'react-i18next';
import { formatCalendarDate } from '../format/format-date-time.js';
import { useDisplayLocale } from '../format/use-display-locale.js';
import type { Agreement } from './agreement-types.js';
import { PositionCard } from './position-card.js';

/** Every position recorded, oldest first, each marked in effect or superseded. */
export function PositionHistory({ agreement, names }: { agreement: Agreement; names: Map<string, string> }) {
  const { t } = useTranslation();
  const locale = useDisplayLocale();
  const inEffect = new Set(agreement.positions.map((p) => p.id));
  const history = [...agreement.position_history].sort((a, b) => a.stated_at.localeCompare(b.stated_at) || a.created_at.localeCompare(b.created_at));
  return (
    <ol className="history">
      {history.map((position) => (
        <li key={position.id} className={inEffect.has(position.id) ? 'history-current' : 'history-superseded'}>
          <p className="history-mark">{inEffect.has(position.id) ? t('agreement.inEffect') : t('agreement.superseded')}</p>
          <details>
            <summary>
              {/* The day it was stated tells two positions of one party apart at a glance. */}
              {formatCalendarDate(position.stated_at.slice(0, 10), locale)}, {names.get(position.party_id) ?? position.party_id}: {t(`stance.${position.stance}`)}
              {position.conditions.length > 0 && ` (${t('agreement.conditions')}: ${position.conditions.length})`}
            </summary>
            <PositionCard position={position} partyName={names.get(position.party_id) ?? position.party_id} headingLevel={4} />
          </details>
        </li>
      ))}
    </ol>
  );
}
