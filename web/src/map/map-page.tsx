import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { controlClaimResponse } from '@contract/control-claims/control-claim-schema.js';
import { partyResponse } from '@contract/parties/party-schema.js';
import { fetchJson } from '../api/fetch-json.js';
import { useResource } from '../api/use-resource.js';
import { useDocumentTitle } from '../app/use-document-title.js';
import { formatDateTime } from '../format/format-date-time.js';
import { LoadFailure } from '../ui/load-failure.js';
import { ClaimsTable } from './claims-table.js';
import { controlAsOf, endOfUtcDay, type ControlClaim } from './control-as-of.js';
import { MapLegend } from './map-legend.js';
import { MapView } from './map-view.js';
import { partyColors } from './party-colors.js';

const claimList = z.object({ items: z.array(controlClaimResponse) });
const partyList = z.object({ items: z.array(partyResponse) });

async function loadMapData(signal: AbortSignal) {
  const [claims, parties] = await Promise.all([fetchJson('/api/v1/control-claims', claimList, signal), fetchJson('/api/v1/parties', partyList, signal)]);
  return { claims: claims.items, parties: parties.items };
}

export function MapPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('map.pageTitle'));
  const resource = useResource('map', loadMapData);
  return (
    <article className="map-page">
      <header className="page-header">
        <h1>{t('map.pageTitle')}</h1>
        <p className="lead">{t('map.rule')}</p>
      </header>
      {resource.state === 'loading' && <p role="status">{t('common.loading')}</p>}
      {resource.state === 'failed' && <LoadFailure error={resource.error} onRetry={resource.reload} />}
      {resource.state === 'ready' && <ControlMap claims={resource.data.claims} parties={resource.data.parties} />}
    </article>
  );
}

function ControlMap({ claims, parties }: { claims: ControlClaim[]; parties: z.infer<typeof partyResponse>[] }) {
  const { t, i18n } = useTranslation();
  const dateId = useId();
  const [date, setDate] = useState(() => new Date().toISOString().slice(0, 10));
  const names = useMemo(() => new Map(parties.map((p) => [p.id, p.name])), [parties]);
  const colors = useMemo(() => partyColors(parties.map((p) => p.id)), [parties]);
  const places = useMemo(() => controlAsOf(claims, endOfUtcDay(date)), [claims, date]);

  const control = useMemo(() => {
    const describe = (claim: ControlClaim) => {
      const status = t(`controlStatus.${claim.status}`, { party: names.get(claim.controlled_by ?? '') ?? claim.controlled_by ?? '' });
      const { local, utc } = formatDateTime(claim.as_of, i18n.language);
      return `${claim.place_name}: ${t(`controlBasis.${claim.basis}`)}, ${status} (${claim.source}, ${local} / ${utc})`;
    };
    return { places, colors, describe };
  }, [places, colors, names, t, i18n.language]);

  return (
    <>
      <div className="map-controls">
        <label htmlFor={dateId}>{t('map.asOf')}</label>
        <input id={dateId} type="date" value={date} required onChange={(event) => event.target.value && setDate(event.target.value)} />
      </div>
      <div className="map-layout">
        <MapView control={control} />
        <MapLegend parties={parties} colors={colors} />
      </div>
      <section aria-labelledby="claims-heading">
        <h2 id="claims-heading">{t('map.claimsTable')}</h2>
        <ClaimsTable places={places} names={names} />
      </section>
    </>
  );
}
