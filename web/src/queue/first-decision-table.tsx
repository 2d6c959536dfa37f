import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgreementResponse } from '@contract/agreements/agreement-schema.js';
import type { Party } from '../incidents/party-names.js';
import { AppLink } from '../app/app-link.js';
import { DateTime } from '../ui/date-time.js';
import { SyntheticBadge } from '../ui/synthetic-badge.js';
import { DecisionForm, type Decision } from './decision-form.js';
import type { Incident } from './use-incident-pages.js';

/** Incidents that wait for a first decision, each with the form that proposes one. */
export function FirstDecisionTable({
  incidents,
  idLength,
  placeOf,
  parties,
  agreements,
  decides,
  proposing,
  onPropose,
  onDone,
}: {
  incidents: readonly Incident[];
  idLength: number;
  placeOf: (incident: Incident) => string;
  parties: readonly Party[];
  agreements: readonly AgreementResponse[];
  decides: boolean;
  proposing: string | null;
  onPropose: (incidentId: string | null) => void;
  onDone: (incidentId: string, decision: Decision) => void;
}) {
  const { t } = useTranslation();
  if (incidents.length === 0) return null;
  return (
    <div className="table-scroll">
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t('queue.incident')}</th>
            <th scope="col">{t('queue.kind')}</th>
            <th scope="col">{t('queue.place')}</th>
            <th scope="col">{t('queue.observed')}</th>
            <th scope="col">{t('queue.reports')}</th>
            <th scope="col">{t('queue.corroboration')}</th>
            {decides && <th scope="col">{t('queue.actions')}</th>}
          </tr>
        </thead>
        <tbody>
          {incidents.map((incident) => {
            const shortId = incident.id.slice(0, idLength);
            return (
              <Fragment key={incident.id}>
                <tr data-incident={incident.id}>
                  <th scope="row">
                    <AppLink href={`/incidents/${encodeURIComponent(incident.id)}`}>
                      <code>{shortId}</code>
                    </AppLink>{' '}
                    {incident.synthetic && <SyntheticBadge />}
                  </th>
                  <td>{t(`reportKind.${incident.kind}`)}</td>
                  <td>{placeOf(incident)}</td>
                  <td>
                    <DateTime iso={incident.first_observed_at} />
                  </td>
                  <td>{incident.report_count}</td>
                  <td>{incident.corroboration}</td>
                  {decides && (
                    <td>
                      <button type="button" aria-expanded={proposing === incident.id} aria-label={t('queue.proposeFor', { id: shortId })} onClick={() => onPropose(proposing === incident.id ? null : incident.id)}>
                        {t('queue.propose')}
                      </button>
                    </td>
                  )}
                </tr>
                {proposing === incident.id && (
                  <tr>
                    <td colSpan={7}>
                      <DecisionForm incidentId={incident.id} parties={parties} agreement={agreements.find((a) => a.id === incident.agreement_id)} onDone={(d) => onDone(incident.id, d)} onCancel={() => onPropose(null)} />
                    </td>
                  </tr>
                )}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
