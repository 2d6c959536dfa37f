import { useCallback, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { agreementResponse } from '@contract/agreements/agreement-schema.js';
import { controlResponse } from '@contract/control/control-schema.js';
import { INCIDENT_STATUSES } from '../../../src/domain/incidents/incident-types.js';
import { fetchJson } from '../api/fetch-json.js';
import { useResource } from '../api/use-resource.js';
import { AppLink } from '../app/app-link.js';
import { navigate } from '../app/use-location.js';
import { useDocumentTitle } from '../app/use-document-title.js';
import { formatDateTime } from '../format/format-date-time.js';
import { useDisplayLocale } from '../format/use-display-locale.js';
import { IncidentFilters, NO_FILTERS, type IncidentFilterValues } from '../incidents/incident-filters.js';
import { loadParties, localizeParties, partyName, type Party } from '../incidents/party-names.js';
import { LoadFailure } from '../ui/load-failure.js';
import { SyntheticBadge } from '../ui/synthetic-badge.js';
import { ClaimsTable } from './claims-table.js';
import type { ControlClaim, ControlLayerData } from './control-claims-layer.js';
import type { IncidentLayerData } from './incidents-layer.js';
import { loadMapIncidents, mapIncidentsQuery, MARKER_LIMIT } from './load-map-incidents.js';
import { MapLegend } from './map-legend.js';
import { MapView, type MapViewport } from './map-view.js';
import { partyColors } from '../../../src/domain/agreement/party-colors.js';
import { windowDays, WindowSlider } from './window-slider.js';
import { useContent } from '../i18n/content-store.js';
import { townName } from '../../../src/domain/control/town-names.js';
import { isLanguage } from '../../../src/domain/languages.js';

const agreementList = z.object({ items: z.array(agreementResponse) });
type Period = 'upTo' | 'day';

async function loadMapContext(signal: AbortSignal) {
  const [parties, agreements] = await Promise.all([loadParties(signal), fetchJson('/api/v1/agreements', agreementList, signal)]);
  const agreement = agreements.items.find((a) => a.status === 'in_force' || a.status === 'extended') ?? agreements.items[0] ?? null;
  const start = agreement?.effective_at ?? agreement?.proposed_at ?? null;
  const end = agreement?.expires_at ?? (start && agreement ? new Date(Date.parse(start) + (agreement.duration_days - 1) * 86_400_000).toISOString() : null);
  return { parties, days: start && end ? windowDays(start, end) : [] };
}

/** Today, unless the agreement's window has ended: then its last day, where the slider ends. */
function defaultDate(days: readonly string[]): string {
  const today = new Date().toISOString().slice(0, 10);
  const last = days[days.length - 1];
  return last !== undefined && last < today ? last : today;
}

const NO_PARTIES: Party[] = [];
const NO_DAYS: string[] = [];

export function MapPage() {
  const { t, i18n } = useTranslation();
  const lang = isLanguage(i18n.language) ? i18n.language : 'en';
  const locale = useDisplayLocale();
  useDocumentTitle(t('map.pageTitle'));
  const dateId = useId();
  const periodId = useId();
  const context = useResource('map-context', loadMapContext);
  const [chosenDate, setDate] = useState<string | null>(null);
  const [period, setPeriod] = useState<Period>('upTo');
  const [filters, setFilters] = useState<IncidentFilterValues>(NO_FILTERS);
  const [view, setView] = useState<MapViewport | null>(null);
  const onViewChange = useCallback((next: MapViewport) => setView(next), []);
  const content = useContent();
  const loaded = context.state === 'ready' ? context.data.parties : NO_PARTIES;
  const parties = useMemo(() => localizeParties(loaded, content), [loaded, content]);
  const days = context.state === 'ready' ? context.data.days : NO_DAYS;
  const date = chosenDate ?? defaultDate(days);
  const at = `${date}T23:59:59.999Z`;
  const controlAt = useResource(`control:${at}`, (signal) => fetchJson(`/api/v1/control?at=${encodeURIComponent(at)}`, controlResponse, signal));
  const query = view ? mapIncidentsQuery(view, filters, { to: at, ...(period === 'day' ? { from: `${date}T00:00:00.000Z` } : {}) }).toString() : null;
  const incidents = useResource(`incidents:${query ?? ''}`, (signal) => (query === null ? new Promise<never>(() => undefined) : loadMapIncidents(new URLSearchParams(query), signal)));

  const colors = useMemo(() => partyColors(parties.map((p) => p.id)), [parties]);
  // Places go by their name in the reader's language where the mission has it, on the map and in the table alike.
  const places = useMemo(
    () => (controlAt.state === 'ready' ? controlAt.data.items.map((p) => ({ ...p, place_name: p.geonames_id !== null ? townName(p.geonames_id, p.place_name, lang) : p.place_name })) : null),
    [controlAt, lang],
  );

  const control = useMemo((): ControlLayerData | null => {
    if (places === null || context.state !== 'ready') return null;
    const describe = (claim: ControlClaim) => {
      const status = t(`controlStatus.${claim.status}`, { party: partyName(parties, claim.controlled_by) });
      const { local, utc } = formatDateTime(claim.as_of, locale);
      return `${claim.place_name}: ${t(`controlBasis.${claim.basis}`)}, ${status} (${claim.source}, ${local} / ${utc})`;
    };
    return { places, colors, describe };
  }, [places, context.state, colors, parties, t, locale]);

  const layer = useMemo((): IncidentLayerData | null => {
    if (incidents.state !== 'ready') return null;
    const data = incidents.data;
    if (data.mode === 'hexagons') {
      return {
        mode: 'hexagons',
        cells: data.aggregate.cells,
        describeCell: (cell) => {
          const statuses = INCIDENT_STATUSES.filter((s) => cell.by_status[s]).map((s) => `${t(`incidentStatus.${s}`)} ${cell.by_status[s]}`);
          const text = t('incidents.cellSummary', { count: cell.count, statuses: statuses.join(', ') });
          return cell.synthetic > 0 ? `${text} (${t('common.synthetic')}: ${cell.synthetic})` : text;
        },
      };
    }
    return {
      mode: 'markers',
      incidents: data.items,
      describeIncident: (i) => {
        const { local, utc } = formatDateTime(i.first_observed_at, locale);
        const text = `${t(`reportKind.${i.kind}`)}, ${t(`incidentStatus.${i.status}`)}, ${local} / ${utc}`;
        return i.synthetic ? `${text} (${t('common.synthetic')})` : text;
      },
      describeCluster: (count) => t('incidents.clusterSummary', { count }),
      open: (id) => navigate(`/incidents/${id}`),
    };
  }, [incidents, t, locale]);

  const shown = incidents.state === 'ready' ? (incidents.data.mode === 'hexagons' ? incidents.data.aggregate.total : incidents.data.items.length) : null;
  const synthetic = incidents.state === 'ready' && (incidents.data.mode === 'hexagons' ? incidents.data.aggregate.cells.some((c) => c.synthetic > 0) : incidents.data.items.some((i) => i.synthetic));

  return (
    <article className="map-page">
      <header className="page-header">
        <h1>{t('map.pageTitle')}</h1>
        <p className="lead">{t('map.rule')}</p>
      </header>
      <div className="map-controls">
        <div className="field">
          <label htmlFor={dateId}>{t('map.asOf')}</label>
          <input id={dateId} type="date" value={date} required onChange={(event) => event.target.value && setDate(event.target.value)} />
        </div>
        <WindowSlider days={days} value={date} onChange={setDate} />
        <div className="field">
          <label htmlFor={periodId}>{t('incidents.period')}</label>
          <select id={periodId} value={period} onChange={(event) => setPeriod(event.target.value === 'day' ? 'day' : 'upTo')}>
            <option value="upTo">{t('incidents.periodUpTo')}</option>
            <option value="day">{t('incidents.periodDay')}</option>
          </select>
        </div>
      </div>
      <IncidentFilters value={filters} parties={parties} onChange={setFilters} />
      {context.state === 'failed' && <LoadFailure error={context.error} onRetry={context.reload} />}
      {controlAt.state === 'failed' && <LoadFailure error={controlAt.error} onRetry={controlAt.reload} />}
      {incidents.state === 'failed' && <LoadFailure error={incidents.error} onRetry={incidents.reload} />}
      <div className="map-status" aria-live="polite">
        {shown !== null && <span>{t('incidents.inView', { count: shown })}</span>}
        {incidents.state === 'ready' && incidents.data.mode === 'hexagons' && <span className="muted small">{t('incidents.hexagonsHint')}</span>}
        {incidents.state === 'ready' && incidents.data.mode === 'markers' && incidents.data.truncated && (
          <span className="notice notice-warning">{t('incidents.truncated', { count: MARKER_LIMIT })}</span>
        )}
        {synthetic && (
          <span className="map-synthetic">
            <SyntheticBadge /> {t('incidents.syntheticShown')}
          </span>
        )}
        <AppLink href="/incidents">{t('incidents.listLink')}</AppLink>
      </div>
      <div className="map-layout">
        <MapView control={control} incidents={layer} onViewChange={onViewChange} />
        <MapLegend parties={parties} colors={colors} />
      </div>
      <section aria-labelledby="claims-heading">
        <h2 id="claims-heading">{t('map.claimsTable')}</h2>
        {controlAt.state === 'loading' && <p role="status">{t('common.loading')}</p>}
        {places !== null && (
          <ClaimsTable
            rows={places.flatMap((place) => [...(place.assessment ? [place.assessment] : []), ...place.claims_since].map((claim) => ({ placeName: place.place_name, claim })))}
            partyName={(id) => partyName(parties, id)}
            basisLabel={(basis) => t(`controlBasis.${basis}`)}
            empty={t('map.noClaims')}
          />
        )}
      </section>
    </article>
  );
}
