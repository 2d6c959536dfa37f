import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { positionResponse } from '@contract/agreements/agreement-schema.js';
import { CalendarDate } from './date-time.js';

type Citation = NonNullable<z.infer<typeof positionResponse>['citation']>;

/** A quotation with its source and date, verbatim: quotations are never translated. */
export function CitationQuote({ citation }: { citation: Citation }) {
  const { t } = useTranslation();
  return (
    <figure className="citation">
      <blockquote cite={citation.url ?? undefined} lang={citation.lang}>
        <p>{citation.quote}</p>
      </blockquote>
      <figcaption>
        <span className="visually-hidden">{t('agreement.citationSource')}: </span>
        <cite>{citation.url ? <a href={citation.url}>{citation.source}</a> : citation.source}</cite>
        {', '}
        <span className="visually-hidden">{t('agreement.citationPublished')}: </span>
        <CalendarDate iso={citation.published_at} />
      </figcaption>
    </figure>
  );
}
