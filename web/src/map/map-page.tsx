import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { controlClaimResponse } from '@contract/control-claims/control-claim-schema.js';
import { partyResponse } from '@contract/parties/party-schema.js';
import { fetchJson } from '../api/fetch-json.js';
import { useResource } from '../api/use-resource.js';
import { useDocumentTitle } from '../app/use-document-title.js';
import { formatDateTime } from '../format/format-date-time.js';
import { useDisplayLocale } from '../format/use-display-locale.js';
import { LoadFailure } from '../ui/load-failure.js';
import { ClaimsTable } from './claims-table.js';
import { controlAsOf, endOfUtcDay, type ControlClaim } from './control-as-of.js';
import type { ControlLayerData } from './control-claims-layer.js';
import { MapLegend } from './map-legend.js';
import { MapView } from './map-view.js';
import { partyColors } from './party-colors.js';

const claimList = z.object({ items: z.array(controlClaimResponse) });
const partyList = z.object({ items: z.array(partyResponse) });
type Party = z.infer<typeof partyResponse>;

async function loadMapData(signal: AbortSignal) {
  const [claims, parties] = await Promise.all([fetchJson('/api/v1/control-claims', claimList, signal), fetchJson('/api/v1/parties', partyList, signal)]);
  return { claims: claims.items, parties: parties.items };
}

const NO_CLAIMS: ControlClaim[] = [];
const NO_PARTIES: Party[] = [];

export function MapPage() {
  const { t } = useTranslation();
  const locale = useDisplayLocale();
  useDocumentTitle(t('map.pageTitle'));
  const dateId = useId();
  const resource = useResource('map', loadMapData);
  const [date, setDate] = useState(() => new Date().toISOString().slice(0, 10));
  const claims = resource.state === 'ready' ? resource.data.claims : NO_CLAIMS;
  const parties = resource.state === 'ready' ? resource.data.parties : NO_PARTIES;
  const names = useMemo(() => new Map(parties.map((p) => [p.id, p.name])), [parties]);
  const colors = useMemo(() => partyColors(parties.map((p) => p.id)), [parties]);
  const places = useMemo(() => controlAsOf(claims, endOfUtcDay(date)), [claims, date]);

  const control = useMemo((): ControlLayerData | null => {
    if (resource.state !== 'ready') return null;
    const describe = (claim: ControlClaim) => {
      const status = t(`controlStatus.${claim.status}`, { party: names.get(claim.controlled_by ?? '') ?? claim.controlled_by ?? '' });
      const { local, utc } = formatDateTime(claim.as_of, locale);
      return `${claim.place_name}: ${t(`controlBasis.${claim.basis}`)}, ${status} (${claim.source}, ${local} / ${utc})`;
    };
    return { places, colors, describe };
  }, [resource.state, places, colors, names, t, locale]);

  return (
    <article className="map-page">
      <header className="page-header">
        <h1>{t('map.pageTitle')}</h1>
        <p className="lead">{t('map.rule')}</p>
      </header>
      <div className="map-controls">
        <label htmlFor={dateId}>{t('map.asOf')}</label>
        <input id={dateId} type="date" value={date} required onChange={(event) => event.target.value && setDate(event.target.value)} />
      </div>
      {resource.state === 'failed' && <LoadFailure error={resource.error} onRetry={resource.reload} />}
      <div className="map-layout">
        <MapView control={control} />
        <MapLegend parties={parties} colors={colors} />
      </div>
      <section aria-labelledby="claims-heading">
        <h2 id="claims-heading">{t('map.claimsTable')}</h2>
        {resource.state === 'loading' && <p role="status">{t('common.loading')}</p>}
        {resource.state === 'ready' && <ClaimsTable places={places} names={names} />}
      </section>
    </article>
  );
}
