import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { agreementResponse } from '@contract/agreements/agreement-schema.js';
import { fetchJson } from '../api/fetch-json.js';
import { useResource } from '../api/use-resource.js';
import { useDocumentTitle } from '../app/use-document-title.js';
import { Field } from '../reports/field.js';
import { formatCalendarDate } from '../format/format-date-time.js';
import { useDisplayLocale } from '../format/use-display-locale.js';
import { LoadFailure } from '../ui/load-failure.js';
import { complianceWindow } from './agreement-window.js';

const agreementList = z.object({ items: z.array(agreementResponse) });

/**
 * Choose a day; the server's report is a self-contained, printable HTML page (its own
 * strict CSP forbids framing, so it opens as a page of its own), with its PDF beside it.
 */
export function DailyReportPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('daily.pageTitle'));
  const agreements = useResource('agreements', (signal) => fetchJson('/api/v1/agreements', agreementList, signal));
  return (
    <section className="daily-report">
      <h1>{t('daily.pageTitle')}</h1>
      <p>{t('portal.reportsHint')}</p>
      {agreements.state === 'loading' && <p role="status">{t('common.loading')}</p>}
      {agreements.state === 'failed' && <LoadFailure error={agreements.error} onRetry={agreements.reload} />}
      {agreements.state === 'ready' && !agreements.data.items[0] && <p>{t('dashboard.noAgreement')}</p>}
      {agreements.state === 'ready' && agreements.data.items[0] && <DayChooser agreement={agreements.data.items[0]} />}
    </section>
  );
}

function DayChooser({ agreement }: { agreement: z.infer<typeof agreementResponse> }) {
  const { t } = useTranslation();
  const window = complianceWindow(agreement, new Date().toISOString().slice(0, 10));
  const [date, setDate] = useState(window.to);
  const locale = useDisplayLocale();
  const base = `/api/v1/agreements/${encodeURIComponent(agreement.id)}/reports/daily?date=${date}`;
  return (
    <>
      <p>
        <strong>{agreement.title}</strong>
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
