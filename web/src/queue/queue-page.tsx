import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { incidentDetailResponse, decisionResponse } from '@contract/incidents/incident-schema.js';
import { agreementResponse } from '@contract/agreements/agreement-schema.js';
import { fetchJson } from '../api/fetch-json.js';
import { sendJson } from '../api/send-json.js';
import { useResource } from '../api/use-resource.js';
import { RequireAction } from '../session/require-action.js';
import { allows, useSession } from '../session/session-store.js';
import { LoadFailure } from '../ui/load-failure.js';
import { errorText } from '../i18n/translate-error.js';
import { useContent } from '../i18n/content-store.js';
import { loadParties, localizeParties } from '../incidents/party-names.js';
import { townName } from '../../../src/domain/control/town-names.js';
import { isLanguage } from '../../../src/domain/languages.js';
import { DecisionForm, type Decision } from './decision-form.js';
import { FirstDecisionTable } from './first-decision-table.js';
import { findPlace, nearBox, NEAR_KM } from './near-place.js';
import { loadTowns, nearestTown } from './nearest-town.js';
import type { TownRow } from '../map/town-labels-layer.js';
import { PendingDecision, type IncidentDetail } from './pending-decision.js';
import { filtersFromUrl, filtersUrl, QueueFilters, type QueueFilterValues } from './queue-filters.js';
import { uniquePrefixLength } from './unique-prefix.js';
import { useIncidentPages, type Incident, type IncidentPages } from './use-incident-pages.js';

const agreementsResponse = z.object({ items: z.array(agreementResponse) });
/** Nearer than this, an incident is read as in the town itself. */
const IN_TOWN_KM = 3;

type Pending = { incident: IncidentDetail; decision: Decision | null };

/** Each incident under review with the decision that waits on it, if one does: the second verifier reads it whole. */
async function withPendingDecisions(items: Incident[], signal?: AbortSignal): Promise<Pending[]> {
  const details = await Promise.all(items.map((i) => fetchJson(`/api/v1/incidents/${encodeURIComponent(i.id)}`, incidentDetailResponse, signal)));
  return details.map((incident) => ({ incident, decision: incident.decisions.find((d) => d.status === 'pending') ?? null }));
}

export function QueuePage() {
  const { t } = useTranslation();
  return (
    <RequireAction action={['decision.approve', 'report.bulk_create']} title={t('queue.pageTitle')}>
      <Queue />
    </RequireAction>
  );
}

type Message = { kind: 'ok' | 'refused'; text: string };

function Queue() {
  const { t, i18n } = useTranslation();
  const lang = isLanguage(i18n.language) ? i18n.language : 'en';
  const session = useSession();
  const me = session.state === 'signed-in' ? `user:${session.session.user.id}` : '';
  const decides = allows(session, 'decision.approve');
  const [filters, setFilters] = useState<QueueFilterValues>(() => filtersFromUrl(window.location.search));
  const [proposing, setProposing] = useState<string | null>(null);
  const [message, setMessage] = useState<Message | null>(null);
  const content = useContent();

  const changeFilters = (next: QueueFilterValues) => {
    // The view lives in the address: a reload or a shared link shows the same queue.
    window.history.replaceState(window.history.state, '', `${window.location.pathname}${filtersUrl(next)}`);
    setProposing(null);
    setFilters(next);
  };

  const parties = useResource('parties', loadParties);
  const agreements = useResource('agreements', (signal) => fetchJson('/api/v1/agreements', agreementsResponse, signal));
  const towns = useResource('towns', loadTowns);
  const place = useResource(`place:${filters.place}`, (signal) => (filters.place ? findPlace(filters.place, signal) : Promise.resolve(null)));

  // Until the place is found in the gazetteer, nothing is asked for: a list of everywhere would mislead.
  const ready = !filters.place || place.state === 'ready';
  const query = (status: string) => {
    if (!ready || (filters.place && place.state === 'ready' && place.data === null)) return null;
    if (filters.status && filters.status !== status) return null;
    const params = new URLSearchParams({ status });
    if (filters.kind) params.set('kind', filters.kind);
    if (place.state === 'ready' && place.data) params.set('bbox', nearBox(place.data));
    return params;
  };
  const second = useIncidentPages(query('under_review'), withPendingDecisions);
  const first = useIncidentPages(query('reported'), async (items) => items);

  const afterDecision = (incidentId: string, decision: Decision) => {
    setProposing(null);
    setMessage({ kind: 'ok', text: decision.status === 'adopted' ? t('queue.adopted', { id: incidentId, status: t(`decisionOutcome.${decision.outcome}`) }) : t('queue.proposed', { id: incidentId }) });
    first.reload();
    second.reload();
  };

  const approve = async (incident: IncidentDetail, decision: Decision) => {
    setMessage(null);
    try {
      const approved = await sendJson('POST', `/api/v1/incidents/${encodeURIComponent(incident.id)}/decisions/${encodeURIComponent(decision.id)}/approvals`, undefined, decisionResponse);
      afterDecision(incident.id, approved);
    } catch (error) {
      setMessage({ kind: 'refused', text: t('queue.refused', { message: errorText(error) }) });
    }
  };

  const partyList = parties.state === 'ready' ? parties.data : [];
  const localParties = localizeParties(partyList, content);
  const agreementList = agreements.state === 'ready' ? agreements.data.items : [];
  // The map's towns, and the place the queue is filtered near: rows near it read by it.
  const townList = towns.state === 'ready' ? towns.data : [];
  const candidates = place.state === 'ready' && place.data ? [...townList, [place.data.geonames_id, place.data.name, place.data.country, place.data.population, place.data.latitude, place.data.longitude] as TownRow] : townList;
  const placeOf = (incident: Incident | IncidentDetail) => {
    // The gazetteer place a monitor named in a report says it best, where the page has read the reports.
    const named = 'reports' in incident ? incident.reports.find((r) => r.place)?.place : undefined;
    if (named) return named.name;
    const near = nearestTown(candidates, incident.point);
    if (!near) return `${incident.point.latitude.toFixed(3)}, ${incident.point.longitude.toFixed(3)}`;
    const name = townName(near.town[0], near.town[1], lang);
    return near.km < IN_TOWN_KM ? name : t('queue.fromTown', { km: Math.round(near.km), town: name });
  };
  // The API lists the latest first observed first; oldest first turns round what is loaded.
  const ordered = <T,>(rows: T[] | null, at: (row: T) => string) => (rows && filters.sort === 'oldest' ? [...rows].sort((a, b) => at(a).localeCompare(at(b))) : (rows ?? []));
  const pending = ordered(second.rows, (p) => p.incident.first_observed_at);
  const reported = ordered(first.rows, (i) => i.first_observed_at);
  const idLength = uniquePrefixLength([...pending.map((p) => p.incident.id), ...reported.map((i) => i.id)]);

  return (
    <section className="queue">
      <h1>{t('queue.pageTitle')}</h1>
      <p>{t('queue.intro')}</p>
      <p className="rule">{t('queue.rule')}</p>
      <QueueFilters value={filters} onChange={changeFilters} />
      {filters.place && place.state === 'ready' && (
        <p role="status" className="muted">
          {place.data ? t('queue.nearFound', { km: NEAR_KM, name: place.data.name, country: place.data.country }) : t('queue.nearNotFound', { name: filters.place })}
        </p>
      )}
      {place.state === 'failed' && <LoadFailure error={place.error} onRetry={place.reload} />}
      {filters.sort === 'oldest' && (second.hasMore || first.hasMore) && <p className="muted">{t('queue.oldestLoaded')}</p>}
      <div aria-live="polite">
        {message && (
          <div className={message.kind === 'ok' ? 'notice' : 'notice notice-error'} role={message.kind === 'ok' ? 'status' : 'alert'}>
            <p>{message.text}</p>
            {message.kind === 'refused' && <p>{t('queue.rule')}</p>}
          </div>
        )}
      </div>

      {!ready && <p role="status">{t('common.loading')}</p>}
      {ready && filters.status !== 'reported' && (
        <>
          <h2>{t('queue.needsSecond')}</h2>
          <Section pages={second} none={t('queue.noneSecond')} count={pending.length}>
            {pending.map(({ incident, decision }) =>
              decision ? (
                <div key={incident.id}>
                  <PendingDecision
                    incident={incident}
                    decision={decision}
                    idLength={idLength}
                    place={placeOf(incident)}
                    parties={localParties}
                    agreement={agreementList.find((a) => a.id === incident.agreement_id)}
                    me={me}
                    decides={decides}
                    onApprove={() => void approve(incident, decision)}
                    onPropose={() => setProposing(proposing === incident.id ? null : incident.id)}
                  />
                  {proposing === incident.id && <DecisionForm incidentId={incident.id} parties={partyList} agreement={agreementList.find((a) => a.id === incident.agreement_id)} onDone={(d) => afterDecision(incident.id, d)} onCancel={() => setProposing(null)} />}
                </div>
              ) : null,
            )}
            <FirstDecisionTable
              incidents={pending.filter((p) => p.decision === null).map((p) => p.incident)}
              idLength={idLength}
              placeOf={placeOf}
              parties={partyList}
              agreements={agreementList}
              decides={decides}
              proposing={proposing}
              onPropose={setProposing}
              onDone={afterDecision}
            />
          </Section>
        </>
      )}

      {ready && filters.status !== 'under_review' && (
        <>
          <h2>{t('queue.needsFirst')}</h2>
          <Section pages={first} none={t('queue.noneFirst')} count={reported.length}>
            <FirstDecisionTable incidents={reported} idLength={idLength} placeOf={placeOf} parties={partyList} agreements={agreementList} decides={decides} proposing={proposing} onPropose={setProposing} onDone={afterDecision} />
          </Section>
        </>
      )}
    </section>
  );
}

/** One part of the queue: its rows, how many are loaded, and the next page on request. */
function Section<T>({ pages, none, count, children }: { pages: IncidentPages<T>; none: string; count: number; children: ReactNode }) {
  const { t } = useTranslation();
  if (pages.failed && pages.rows === null) return <LoadFailure error={pages.failed} onRetry={pages.reload} />;
  if (pages.rows === null) return <p role="status">{t('common.loading')}</p>;
  if (count === 0) return <p>{none}</p>;
  return (
    <>
      <p className="muted">{pages.refreshing ? t('common.loading') : pages.hasMore ? t('queue.loadedMore', { count }) : t('queue.loadedAll', { count })}</p>
      {children}
      {pages.failed && <LoadFailure error={pages.failed} onRetry={pages.more} />}
      {pages.hasMore && (
        <button type="button" onClick={pages.more} disabled={pages.busy}>
          {pages.busy ? t('common.loading') : t('queue.more')}
        </button>
      )}
    </>
  );
}
