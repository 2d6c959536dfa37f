import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { incidentDetailResponse } from '@contract/incidents/incident-schema.js';
import { sourceResponse } from '@contract/sources/source-schema.js';
import { fetchJson } from '../api/fetch-json.js';
import { useResource } from '../api/use-resource.js';
import { AppLink } from '../app/app-link.js';
import { useDocumentTitle } from '../app/use-document-title.js';
import { DateTime } from '../ui/date-time.js';
import { LoadFailure } from '../ui/load-failure.js';
import { SyntheticBadge } from '../ui/synthetic-badge.js';
import { DecisionList } from './decision-list.js';
import { EvidenceList } from './evidence-list.js';
import { IncidentActions } from './incident-actions.js';
import { InclusionProof } from './inclusion-proof.js';
import { affiliationName, loadParties, localizeParties, partyName, type Party } from './party-names.js';
import { ReportList } from './report-list.js';
import { useContent } from '../i18n/content-store.js';
import { allows, useSession } from '../session/session-store.js';

export type IncidentDetail = z.infer<typeof incidentDetailResponse>;

const sourcesResponse = z.object({ items: z.array(sourceResponse) });
const NO_SOURCES: ReadonlyMap<string, string> = new Map();

/** Source names by id, for the readers the API lets read sources; everyone else sees each report's channel instead. */
function useSourceNames(): ReadonlyMap<string, string> {
  const reads = allows(useSession(), 'source.read');
  const sources = useResource(`incident-sources:${reads}`, async (signal) =>
    reads ? new Map((await fetchJson('/api/v1/sources', sourcesResponse, signal)).items.map((s) => [s.id, s.name])) : NO_SOURCES,
  );
  return sources.state === 'ready' ? sources.data : NO_SOURCES;
}

async function loadIncident(id: string, signal: AbortSignal) {
  const [incident, parties] = await Promise.all([fetchJson(`/api/v1/incidents/${encodeURIComponent(id)}`, incidentDetailResponse, signal), loadParties(signal)]);
  return { incident, parties };
}

export function IncidentDetailPage({ incidentId }: { incidentId: string }) {
  const { t } = useTranslation();
  useDocumentTitle(t('incidents.detailTitle'));
  const resource = useResource(`incident:${incidentId}`, (signal) => loadIncident(incidentId, signal));
  return (
    <article className="incident-detail">
      <p>
        <AppLink href="/incidents">{t('incidents.backToList')}</AppLink>
      </p>
      {resource.state === 'loading' && (
        <>
          <h1>{t('incidents.detailTitle')}</h1>
          <p role="status">{t('common.loading')}</p>
        </>
      )}
      {resource.state === 'failed' && (
        <>
          <h1>{t('incidents.detailTitle')}</h1>
          <LoadFailure error={resource.error} onRetry={resource.reload} />
        </>
      )}
      {resource.state === 'ready' && <IncidentView incident={resource.data.incident} parties={resource.data.parties} />}
    </article>
  );
}

function IncidentView({ incident, parties: original }: { incident: IncidentDetail; parties: Party[] }) {
  const { t } = useTranslation();
  const parties = localizeParties(original, useContent());
  const attributed = incident.attributed_party_id;
  const sources = useSourceNames();
  return (
    <>
      <header className="page-header">
        <h1>
          {t(`reportKind.${incident.kind}`)} <span className={`status status-${incident.status}`}>{t(`incidentStatus.${incident.status}`)}</span>
        </h1>
        {incident.synthetic && <SyntheticBadge />}
        <p className="muted small">
          <code>{incident.id}</code>
        </p>
      </header>
      <section aria-labelledby="summary-heading" className="card">
        <h2 id="summary-heading">{t('incidents.summary')}</h2>
        <dl className="facts">
          <div>
            <dt>{t('incidents.observed')}</dt>
            <dd>
              <DateTime iso={incident.first_observed_at} />
              {incident.last_observed_at !== incident.first_observed_at && (
                <>
                  {' – '}
                  <DateTime iso={incident.last_observed_at} />
                </>
              )}
            </dd>
          </div>
          <div>
            <dt>{t('incidents.location')}</dt>
            <dd>
              {incident.point.latitude.toFixed(4)}, {incident.point.longitude.toFixed(4)}
              {incident.location_rounded && <span className="muted small"> ({t('incidents.locationRounded')})</span>}
            </dd>
          </div>
          <div>
            <dt>{t('incidents.corroboration')}</dt>
            <dd>
              {t('incidents.corroborationValue', { count: incident.corroboration })}
              {incident.affiliations.length > 0 && <span> ({incident.affiliations.map((a) => affiliationName(parties, a, t('incidents.independent'))).join(', ')})</span>}
              <span className="muted small"> · {t('incidents.reportCount', { count: incident.report_count })}</span>
            </dd>
          </div>
          <div>
            <dt>{t('incidents.attribution')}</dt>
            <dd>
              {attributed === null
                ? t('incidents.notAttributed')
                : t('incidents.attributedTo', { party: partyName(parties, attributed), confidence: incident.attribution_confidence ? t(`confidence.${incident.attribution_confidence}`) : '—' })}
            </dd>
          </div>
        </dl>
        <p className="muted small">{t('incidents.uncertaintyHint')}</p>
      </section>
      <section aria-labelledby="reports-heading">
        <h2 id="reports-heading">{t('incidents.reports')}</h2>
        <ReportList reports={incident.reports} parties={parties} sources={sources} />
      </section>
      <section aria-labelledby="evidence-heading">
        <h2 id="evidence-heading">{t('incidents.evidence')}</h2>
        <EvidenceList evidence={incident.evidence} />
      </section>
      <section aria-labelledby="decisions-heading">
        <h2 id="decisions-heading">{t('incidents.decisions')}</h2>
        <DecisionList decisions={incident.decisions} disputes={incident.disputes} parties={parties} />
      </section>
      <IncidentActions incident={incident} />
      <InclusionProof url={`/api/v1/incidents/${encodeURIComponent(incident.id)}`} recordId={incident.id} />
    </>
  );
}
