import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../format/format-date-time.js';
import { useDisplayLocale } from '../format/use-display-locale.js';
import { useContent } from '../i18n/content-store.js';
import { LocalizedText } from '../i18n/localized-text.js';
import { CitationQuote } from '../ui/citation-quote.js';
import { DateTime } from '../ui/date-time.js';
import type { Condition, Position } from './agreement-types.js';

/** One party's position: stance, statement, each condition with its status and citation, and what the reader may do about it. */
export function PositionCard({
  position,
  partyName,
  headingLevel = 3,
  conditionActions,
}: {
  position: Position;
  partyName: string;
  headingLevel?: 3 | 4;
  conditionActions?: (condition: Condition, number: number) => ReactNode;
}) {
  const { t } = useTranslation();
  const content = useContent();
  const Heading = `h${headingLevel}` as const;
  return (
    <article className="position" aria-labelledby={`position-${position.id}`}>
      <header className="position-header">
        <Heading id={`position-${position.id}`}>{partyName}</Heading>
        <span className={`stance stance-${position.stance}`}>{t(`stance.${position.stance}`)}</span>
      </header>
      <p className="muted small">
        {t('agreement.statedAt')}: <DateTime iso={position.stated_at} />
      </p>
      {position.statement && (
        <p className="statement">
          <LocalizedText content={content.text('position', position.id, 'statement', position.statement)} />
        </p>
      )}
      {position.citation && <CitationQuote citation={position.citation} />}
      {position.conditions.length === 0 ? (
        <p className="muted">{t('agreement.noConditions')}</p>
      ) : (
        <ol className="conditions" aria-label={`${t('agreement.conditions')}: ${partyName}`}>
          {position.conditions.map((condition, index) => (
            <ConditionItem key={condition.id} positionId={position.id} condition={condition}>
              {conditionActions?.(condition, index + 1)}
            </ConditionItem>
          ))}
        </ol>
      )}
    </article>
  );
}

function ConditionItem({ positionId, condition, children }: { positionId: string; condition: Condition; children?: ReactNode }) {
  const { t } = useTranslation();
  const content = useContent();
  const locale = useDisplayLocale();
  const formatted = (iso: string) => {
    const { local, utc } = formatDateTime(iso, locale);
    return `${local} (${utc})`;
  };
  return (
    <li className={`condition condition-${condition.status}`}>
      <div className="condition-head">
        <span className={`status status-${condition.status}`}>{t(`conditionStatus.${condition.status}`)}</span>
        <span className="condition-text">
          <LocalizedText content={content.text('position', positionId, 'condition', condition.text, condition.id)} />
        </span>
        {condition.term_code && (
          <a className="term-link" href={`#term-${condition.term_code}`}>
            {t('agreement.linkedTerm', { code: condition.term_code })}
          </a>
        )}
      </div>
      {condition.resolved_at && (
        <p className="muted small">
          {t('agreement.conditionResolved', { status: t(`conditionStatus.${condition.status}`), date: formatted(condition.resolved_at) })}
          {condition.resolution_note && <>: {condition.resolution_note}</>}
        </p>
      )}
      {condition.citation && <CitationQuote citation={condition.citation} />}
      {children}
    </li>
  );
}
