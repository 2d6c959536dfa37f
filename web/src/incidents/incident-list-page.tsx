import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { incidentResponse } from '@contract/incidents/incident-schema.js';
import { fetchJson } from '../api/fetch-json.js';
import { useResource } from '../api/use-resource.js';
import { useDocumentTitle } from '../app/use-document-title.js';
import { DateTime } from '../ui/date-time.js';
import { LoadFailure } from '../ui/load-failure.js';
import { filterParams, filtersFromUrl, filtersUrl, IncidentFilters, type IncidentFilterValues } from './incident-filters.js';
import { IncidentTable } from './incident-table.js';
import { loadParties, localizeParties, partyName } from './party-names.js';
import { useContent } from '../i18n/content-store.js';

const incidentPage = z.object({ items: z.array(incidentResponse), next_cursor: z.string().nullable() });
type Incident = z.infer<typeof incidentResponse>;
const PAGE_SIZE = 50;

function pageUrl(filters: IncidentFilterValues, cursor: string | null): string {
  const params = filterParams(filters);
  params.set('limit', String(PAGE_SIZE));
  if (cursor) params.set('cursor', cursor);
  return `/api/v1/incidents?${params.toString()}`;
}

export function IncidentListPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('incidents.listTitle'));
  const [filters, setFilters] = useState<IncidentFilterValues>(() => filtersFromUrl(window.location.search));
  const changeFilters = (next: IncidentFilterValues) => {
    // The view lives in the address: a reload or a shared link shows the same list.
    window.history.replaceState(window.history.state, '', `${window.location.pathname}${filtersUrl(next)}`);
    setFilters(next);
  };
  const parties = useResource('parties', loadParties);
  const first = useResource(pageUrl(filters, null), (signal) => fetchJson(pageUrl(filters, null), incidentPage, signal));
  const [more, setMore] = useState<{ items: Incident[]; cursor: string | null; failed: Error | null }>({ items: [], cursor: null, failed: null });
  const [busy, setBusy] = useState(false);
  const content = useContent();
  const partyList = localizeParties(parties.state === 'ready' ? parties.data : [], content);

  const firstPage = first.state === 'ready' ? first.data : null;
  // New filters start the list again from their first page.
  useEffect(() => {
    setMore({ items: [], cursor: firstPage?.next_cursor ?? null, failed: null });
  }, [firstPage]);

  const loadMore = async () => {
    if (!more.cursor) return;
    setBusy(true);
    try {
      const page = await fetchJson(pageUrl(filters, more.cursor), incidentPage);
      setMore((m) => ({ items: [...m.items, ...page.items], cursor: page.next_cursor, failed: null }));
    } catch (error) {
      setMore((m) => ({ ...m, failed: error instanceof Error ? error : new Error(String(error)) }));
    } finally {
      setBusy(false);
    }
  };

  const items = first.state === 'ready' ? [...first.data.items, ...more.items] : [];
  return (
    <article className="incident-list">
      <header className="page-header">
        <h1>{t('incidents.listTitle')}</h1>
        <p className="lead">{t('incidents.listIntro')}</p>
      </header>
      <IncidentFilters value={filters} parties={partyList} onChange={changeFilters} />
      {first.state === 'loading' && <p role="status">{t('common.loading')}</p>}
      {first.state === 'failed' && <LoadFailure error={first.error} onRetry={first.reload} />}
      {first.state === 'ready' && (
        <>
          <p role="status" className="muted">
            {t('incidents.count', { count: items.length })}
          </p>
          {items.length === 0 ? (
            <p>{t('incidents.noneFound')}</p>
          ) : (
            <IncidentTable
              incidents={items}
              name={{ header: t('incidents.kind'), by: 'kind' }}
              columns={[
                { header: t('incidents.observed'), cell: (incident) => <DateTime iso={incident.first_observed_at} /> },
                { header: t('incidents.status'), cell: (incident) => t(`incidentStatus.${incident.status}`) },
                {
                  header: t('incidents.location'),
                  cell: (incident) => (
                    <>
                      {incident.point.latitude.toFixed(3)}, {incident.point.longitude.toFixed(3)}
                      {incident.location_rounded && <div className="muted small">{t('incidents.locationRounded')}</div>}
                    </>
                  ),
                },
                {
                  header: t('incidents.corroboration'),
                  cell: (incident) => (
                    <>
                      {t('incidents.corroborationValue', { count: incident.corroboration })}
                      <div className="muted small">{t('incidents.reportCount', { count: incident.report_count })}</div>
                    </>
                  ),
                },
                {
                  header: t('incidents.attribution'),
                  cell: (incident) =>
                    incident.attributed_party_id === null
                      ? t('incidents.notAttributed')
                      : t('incidents.attributedTo', {
                          party: partyName(partyList, incident.attributed_party_id),
                          confidence: incident.attribution_confidence ? t(`confidence.${incident.attribution_confidence}`) : '—',
                        }),
                },
              ]}
            />
          )}
          {more.failed && <LoadFailure error={more.failed} onRetry={() => void loadMore()} />}
          {more.cursor && (
            <button type="button" onClick={() => void loadMore()} disabled={busy}>
              {busy ? t('common.loading') : t('incidents.more')}
            </button>
          )}
        </>
      )}
    </article>
  );
}
