import { isLanguage } from '../../../src/domain/languages.js';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { agreementResponse } from '@contract/agreements/agreement-schema.js';
import { complianceResponse } from '@contract/compliance/compliance-schema.js';
import { fetchJson } from '../api/fetch-json.js';
import { useResource } from '../api/use-resource.js';
import { useDocumentTitle } from '../app/use-document-title.js';
import { Field } from '../reports/field.js';
import { formatCalendarDate } from '../format/format-date-time.js';
import { useDisplayLocale } from '../format/use-display-locale.js';
import { LoadFailure } from '../ui/load-failure.js';
import { useContent } from '../i18n/content-store.js';
import { LocalizedText } from '../i18n/localized-text.js';

const agreementList = z.object({ items: z.array(agreementResponse) });
type Agreement = z.infer<typeof agreementResponse>;

/** The first agreement and its window, as the server defines it (the range of its figures). */
async function loadDailyContext(signal: AbortSignal): Promise<{ agreement: Agreement; window: { from: string; to: string } } | null> {
  const { items } = await fetchJson('/api/v1/agreements', agreementList, signal);
  const agreement = items[0];
  if (!agreement) return null;
  const { from, to } = await fetchJson(`/api/v1/agreements/${encodeURIComponent(agreement.id)}/compliance?group=window`, complianceResponse, signal);
  return { agreement, window: { from, to } };
}

/**
 * Choose a day; the server's report is a self-contained, printable HTML page (its own
 * strict CSP forbids framing, so it opens as a page of its own), with its PDF beside it.
 */
export function DailyReportPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('daily.pageTitle'));
  const context = useResource('daily-report-context', loadDailyContext);
  return (
    <section className="daily-report">
      <h1>{t('daily.pageTitle')}</h1>
      <p>{t('portal.reportsHint')}</p>
      {context.state === 'loading' && <p role="status">{t('common.loading')}</p>}
      {context.state === 'failed' && <LoadFailure error={context.error} onRetry={context.reload} />}
      {context.state === 'ready' && !context.data && <p>{t('dashboard.noAgreement')}</p>}
      {context.state === 'ready' && context.data && <DayChooser agreement={context.data.agreement} window={context.data.window} />}
    </section>
  );
}

function DayChooser({ agreement, window }: { agreement: Agreement; window: { from: string; to: string } }) {
  const { t, i18n } = useTranslation();
  const content = useContent();
  const [date, setDate] = useState(window.to);
  const locale = useDisplayLocale();
  // The report comes in the reader's language: the server writes en, uk and ru.
  const lang = isLanguage(i18n.language) ? i18n.language : 'en';
  const base = `/api/v1/agreements/${encodeURIComponent(agreement.id)}/reports/daily?date=${date}&lang=${lang}`;
  return (
    <>
      <p>
        <strong>
          <LocalizedText content={content.text('agreement', agreement.id, 'title', agreement.title)} />
        </strong>
      </p>
      <div className="field-row">
        <Field label={t('daily.date')}>{(c) => <input {...c} type="date" min={window.from} max={window.to} value={date} onChange={(e) => setDate(e.target.value)} />}</Field>
      </div>
      {/^\d{4}-\d{2}-\d{2}$/.test(date) && (
        <div className="card">
          <h2>{t('daily.frameTitle', { date: formatCalendarDate(date, locale) })}</h2>
          <ul className="actions">
            <li>
              <a href={`${base}&format=html`}>{t('daily.open')}</a>
            </li>
            <li>
              <a href={`${base}&format=pdf`}>{t('daily.pdf')}</a>
            </li>
            <li>
              <a href={`${base}&format=md`}>{t('daily.markdown')}</a>
            </li>
          </ul>
          <p className="muted small">{t('daily.printHint')}</p>
        </div>
      )}
    </>
  );
}
