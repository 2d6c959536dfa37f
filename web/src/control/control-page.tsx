import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { areaResponse } from '@contract/areas/area-schema.js';
import { controlClaimResponse } from '@contract/control-claims/control-claim-schema.js';
import { fetchJson } from '../api/fetch-json.js';
import { useResource } from '../api/use-resource.js';
import { AppLink } from '../app/app-link.js';
import { useContent } from '../i18n/content-store.js';
import { loadParties, localizeParties } from '../incidents/party-names.js';
import { RequireAction } from '../session/require-action.js';
import { allows, useSession } from '../session/session-store.js';
import { LoadFailure } from '../ui/load-failure.js';
import { AreaForm, type Area } from './area-form.js';
import { ClaimList } from './claim-list.js';
import { ControlClaimForm, type ControlClaim } from './control-claim-form.js';

const claimList = z.object({ items: z.array(controlClaimResponse) });
const areaList = z.object({ items: z.array(areaResponse) });

async function loadControlDesk(signal: AbortSignal) {
  const [parties, claims, areas] = await Promise.all([
    loadParties(signal),
    fetchJson('/api/v1/control-claims', claimList, signal),
    fetchJson('/api/v1/areas', areaList, signal),
  ]);
  return { parties, claims: claims.items, areas: areas.items };
}

export function ControlPage() {
  const { t } = useTranslation();
  return (
    <RequireAction action={['control_claim.create', 'area.create']} title={t('control.pageTitle')}>
      <ControlDesk />
    </RequireAction>
  );
}

function ControlDesk() {
  const { t } = useTranslation();
  const session = useSession();
  const content = useContent();
  const desk = useResource('control-desk', loadControlDesk);
  // What this page records joins the lists as the server answered it: reloading would clear the forms' messages.
  const [addedClaims, setAddedClaims] = useState<ControlClaim[]>([]);
  const [addedAreas, setAddedAreas] = useState<Area[]>([]);
  const parties = desk.state === 'ready' ? localizeParties(desk.data.parties, content) : [];
  return (
    <section className="control-desk">
      <header className="page-header">
        <h1>{t('control.pageTitle')}</h1>
        <p className="lead">{t('control.intro')}</p>
      </header>
      {desk.state === 'loading' && <p role="status">{t('common.loading')}</p>}
      {desk.state === 'failed' && <LoadFailure error={desk.error} onRetry={desk.reload} />}
      {desk.state === 'ready' && (
        <>
          {allows(session, 'control_claim.create') && <ControlClaimForm parties={parties} areas={[...desk.data.areas, ...addedAreas]} onRecorded={(claim) => setAddedClaims((c) => [...c, claim])} />}
          <section aria-labelledby="recent-heading">
            <h2 id="recent-heading">{t('control.recent')}</h2>
            <p className="muted small">
              {t('control.recentHint')} <AppLink href="/map">{t('control.seeOnMap')}</AppLink>
            </p>
            <ClaimList claims={[...desk.data.claims, ...addedClaims]} parties={parties} />
          </section>
          {allows(session, 'area.create') && <AreaForm onCreated={(area) => setAddedAreas((a) => [...a, area])} />}
        </>
      )}
    </section>
  );
}
