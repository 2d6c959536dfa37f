import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { disputeResponse } from '@contract/disputes/dispute-schema.js';
import { fetchJson } from '../api/fetch-json.js';
import { useResource } from '../api/use-resource.js';
import { AppLink } from '../app/app-link.js';
import { useContent } from '../i18n/content-store.js';
import { loadParties, localizeParties, partyName } from '../incidents/party-names.js';
import { RequireAction } from '../session/require-action.js';
import { DateTime } from '../ui/date-time.js';
import { LoadFailure } from '../ui/load-failure.js';
import { RulingForm, type Dispute } from './ruling-form.js';

const disputeList = z.object({ items: z.array(disputeResponse) });

async function loadMediation(signal: AbortSignal) {
  const [disputes, parties] = await Promise.all([fetchJson('/api/v1/disputes', disputeList, signal), loadParties(signal)]);
  return { disputes: disputes.items, parties };
}

export function MediationPage() {
  const { t } = useTranslation();
  return (
    <RequireAction action="dispute.rule" title={t('mediation.pageTitle')}>
      <Mediation />
    </RequireAction>
  );
}

function Mediation() {
  const { t } = useTranslation();
  const content = useContent();
  const data = useResource('mediation', loadMediation);
  const [notice, setNotice] = useState<string | null>(null);

  if (data.state === 'loading') return <p role="status">{t('common.loading')}</p>;
  if (data.state === 'failed') return <LoadFailure error={data.error} onRetry={data.reload} />;
  const parties = localizeParties(data.data.parties, content);
  const pending = data.data.disputes.filter((d) => d.status === 'disputed');
  const ruled = data.data.disputes.filter((d) => d.status !== 'disputed');
  const onRuled = (dispute: Dispute) => {
    setNotice(t('mediation.ruled', { id: dispute.incident_id.slice(0, 8), ruling: t(`taxonomy.disputeStatus.${dispute.status}`) }));
    data.reload();
  };

  return (
    <section className="mediation">
      <h1>{t('mediation.pageTitle')}</h1>
      <p>{t('mediation.intro')}</p>
      <div aria-live="polite">
        {notice && (
          <p className="notice notice-ok" role="status">
            {notice}
          </p>
        )}
      </div>
      <h2>{t('mediation.pending')}</h2>
      {pending.length === 0 ? (
        <p>{t('mediation.none')}</p>
      ) : (
        <ul className="disputes">
          {pending.map((dispute) => (
            <li key={dispute.id}>
              <PendingDispute dispute={dispute} party={partyName(parties, dispute.party_id)} onRuled={onRuled} />
            </li>
          ))}
        </ul>
      )}
      <h2>{t('mediation.ruledDisputes')}</h2>
      {ruled.length === 0 ? (
        <p>{t('mediation.noneRuled')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('queue.incident')}</th>
                <th scope="col">{t('mediation.party')}</th>
                <th scope="col">{t('mediation.ruledAt')}</th>
                <th scope="col">{t('liaison.ruling')}</th>
              </tr>
            </thead>
            <tbody>
              {ruled.map((dispute) => (
                <tr key={dispute.id}>
                  <th scope="row">
                    <AppLink href={`/incidents/${encodeURIComponent(dispute.incident_id)}`}>{dispute.incident_id.slice(0, 8)}</AppLink>
                  </th>
                  <td>{partyName(parties, dispute.party_id)}</td>
                  <td>{dispute.ruled_at && <DateTime iso={dispute.ruled_at} />}</td>
                  <td>
                    {t(`taxonomy.disputeStatus.${dispute.status}`)}
                    {dispute.ruling_rationale && <p className="small">{dispute.ruling_rationale}</p>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** One dispute awaiting a ruling: what was disputed, by whom, why, with what, and the ruling form. */
function PendingDispute({ dispute, party, onRuled }: { dispute: Dispute; party: string; onRuled: (dispute: Dispute) => void }) {
  const { t } = useTranslation();
  const id = dispute.incident_id.slice(0, 8);
  return (
    <article className="dispute" aria-labelledby={`dispute-${dispute.id}`}>
      <h3 id={`dispute-${dispute.id}`}>
        <AppLink href={`/incidents/${encodeURIComponent(dispute.incident_id)}`}>{t('mediation.disputeOn', { id })}</AppLink>
      </h3>
      <dl className="facts">
        <div>
          <dt>{t('mediation.party')}</dt>
          <dd>{party}</dd>
        </div>
        <div>
          <dt>{t('mediation.filedAt')}</dt>
          <dd>
            <DateTime iso={dispute.created_at} />
          </dd>
        </div>
      </dl>
      <h4>{t('mediation.statement')}</h4>
      <p className="statement">{dispute.statement}</p>
      {dispute.evidence && dispute.evidence.length > 0 && (
        <>
          <h4>{t('mediation.evidence')}</h4>
          <ul>
            {dispute.evidence.map((item) => (
              <li key={`${item.sha256 ?? ''}${item.url ?? ''}${item.description}`}>
                {item.url ? (
                  <a href={item.url} rel="noreferrer noopener" target="_blank">
                    {item.description}
                  </a>
                ) : (
                  item.description
                )}
                {item.sha256 && <code className="small"> sha256:{item.sha256.slice(0, 12)}…</code>}
              </li>
            ))}
          </ul>
        </>
      )}
      <RulingForm dispute={dispute} onRuled={onRuled} />
    </article>
  );
}
