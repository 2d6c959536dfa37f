import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { PUBLISHED_STATUSES } from '../../../src/domain/incidents/incident-types.js';
import { agreementResponse } from '@contract/agreements/agreement-schema.js';
import { complianceResponse } from '@contract/compliance/compliance-schema.js';
import { incidentResponse } from '@contract/incidents/incident-schema.js';
import { fetchJson } from '../api/fetch-json.js';
import { useResource } from '../api/use-resource.js';
import { AppLink } from '../app/app-link.js';
import { useDocumentTitle } from '../app/use-document-title.js';
import { formatCalendarDate } from '../format/format-date-time.js';
import { useDisplayLocale } from '../format/use-display-locale.js';
import { DateTime } from '../ui/date-time.js';
import { LoadFailure } from '../ui/load-failure.js';
import { SyntheticBadge } from '../ui/synthetic-badge.js';
import { useContent } from '../i18n/content-store.js';
import { LocalizedText } from '../i18n/localized-text.js';

const incidentList = z.object({ items: z.array(incidentResponse), next_cursor: z.string().nullable() });
const agreementList = z.object({ items: z.array(agreementResponse) });
const SHOWN = 20;

async function loadPortal(signal: AbortSignal) {
  const [agreements, ...lists] = await Promise.all([
    fetchJson('/api/v1/agreements', agreementList, signal),
    ...PUBLISHED_STATUSES.map((status) => fetchJson(`/api/v1/incidents?status=${status}&limit=${SHOWN}`, incidentList, signal)),
  ]);
  const incidents = lists
    .flatMap((l) => l.items)
    .filter((i) => i.published)
    .sort((a, b) => b.first_observed_at.localeCompare(a.first_observed_at))
    .slice(0, SHOWN);
  const agreement = agreements.items[0] ?? null;
  if (!agreement) return { agreement, incidents, figures: null };
  const figures = await fetchJson(`/api/v1/agreements/${encodeURIComponent(agreement.id)}/compliance?group=window`, complianceResponse, signal);
  return { agreement, incidents, figures };
}

/** What anyone may read without an account: published incidents, the figures, and the daily reports. */
export function PublicPage() {
  const { t } = useTranslation();
  const content = useContent();
  useDocumentTitle(t('portal.pageTitle'));
  const locale = useDisplayLocale();
  const portal = useResource('portal', loadPortal);
  return (
    <section className="portal">
      <h1>{t('portal.pageTitle')}</h1>
      <p className="lead">{t('portal.intro')}</p>
      {portal.state === 'loading' && <p role="status">{t('common.loading')}</p>}
      {portal.state === 'failed' && <LoadFailure error={portal.error} onRetry={portal.reload} />}
      {portal.state === 'ready' && (
        <div className="portal-grid">
          <section className="card" aria-labelledby="portal-figures">
            <h2 id="portal-figures">{t('portal.figures')}</h2>
            {portal.data.figures && portal.data.agreement ? (
              <>
                <p>
                  <LocalizedText content={content.text('agreement', portal.data.agreement.id, 'title', portal.data.agreement.title)} />: {formatCalendarDate(portal.data.figures.from, locale)} – {formatCalendarDate(portal.data.figures.to, locale)} {portal.data.figures.synthetic_data && <SyntheticBadge />}
                </p>
                <table>
                  <thead>
                    <tr>
                      <th scope="col">{t('dashboard.party')}</th>
                      <th scope="col">{t('dashboard.violations')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {(portal.data.figures.periods[0]?.parties ?? []).map((party) => (
                      <tr key={party.party_id}>
                        <th scope="row">{content.text('party', party.party_id, 'name', party.party_name).text}</th>
                        <td>{party.violations.value}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </>
            ) : (
              <p>{t('dashboard.noAgreement')}</p>
            )}
            <ul className="actions">
              <li>
                <AppLink href="/dashboard">{t('portal.openDashboard')}</AppLink>
              </li>
              <li>
                <AppLink href="/log">{t('portal.openLog')}</AppLink>
              </li>
            </ul>
          </section>
          <section className="card" aria-labelledby="portal-reports">
            <h2 id="portal-reports">{t('portal.reports')}</h2>
            <p>{t('portal.reportsHint')}</p>
            <AppLink href="/reports/daily">{t('portal.openDaily')}</AppLink>
          </section>
          <section className="card portal-incidents" aria-labelledby="portal-incidents">
            <h2 id="portal-incidents">{t('portal.incidents')}</h2>
            {portal.data.incidents.length === 0 ? (
              <p>{t('portal.none')}</p>
            ) : (
              <>
                <p className="muted small">{t('portal.more', { count: portal.data.incidents.length })}</p>
                <ul className="incident-cards">
                  {portal.data.incidents.map((incident) => (
                    <li key={incident.id} data-incident={incident.id}>
                      <AppLink href={`/incidents/${encodeURIComponent(incident.id)}`}>
                        {t(`reportKind.${incident.kind}`)} — {t(`incidentStatus.${incident.status}`)}
                      </AppLink>{' '}
                      {incident.synthetic && <SyntheticBadge />}
                      <br />
                      <DateTime iso={incident.first_observed_at} />
                    </li>
                  ))}
                </ul>
              </>
            )}
            <ul className="actions">
              <li>
                <AppLink href="/map">{t('portal.openMap')}</AppLink>
              </li>
            </ul>
          </section>
        </div>
      )}
    </section>
  );
}
