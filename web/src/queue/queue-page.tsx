import { Fragment, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { incidentDetailResponse, incidentResponse, decisionResponse } from '@contract/incidents/incident-schema.js';
import { partyResponse } from '@contract/parties/party-schema.js';
import { agreementResponse } from '@contract/agreements/agreement-schema.js';
import { fetchJson } from '../api/fetch-json.js';
import { sendJson } from '../api/send-json.js';
import { useResource } from '../api/use-resource.js';
import { AppLink } from '../app/app-link.js';
import { RequireAction } from '../session/require-action.js';
import { allows, useSession } from '../session/session-store.js';
import { DateTime } from '../ui/date-time.js';
import { LoadFailure } from '../ui/load-failure.js';
import { SyntheticBadge } from '../ui/synthetic-badge.js';
import { DecisionForm, type Decision } from './decision-form.js';
import { errorText } from '../i18n/translate-error.js';

type Incident = z.infer<typeof incidentResponse>;

// A desk works from the top of the queue; the incident list pages through the rest.
const SHOWN = 50;
type Pending = { incident: Incident; decision: Decision };

const listResponse = z.object({ items: z.array(incidentResponse), next_cursor: z.string().nullable() });
const partiesResponse = z.object({ items: z.array(partyResponse) });
const agreementsResponse = z.object({ items: z.array(agreementResponse) });

/** Incidents without a decision, and pending decisions that wait for a second verifier. */
async function loadQueue(signal: AbortSignal) {
  const [reported, underReview, parties, agreements] = await Promise.all([
    fetchJson('/api/v1/incidents?status=reported&limit=500', listResponse, signal),
    fetchJson('/api/v1/incidents?status=under_review&limit=500', listResponse, signal),
    fetchJson('/api/v1/parties', partiesResponse, signal),
    fetchJson('/api/v1/agreements', agreementsResponse, signal),
  ]);
  const details = await Promise.all(underReview.items.map((i) => fetchJson(`/api/v1/incidents/${encodeURIComponent(i.id)}`, incidentDetailResponse, signal)));
  const pending: Pending[] = details.flatMap((detail) => detail.decisions.filter((d) => d.status === 'pending').map((decision) => ({ incident: detail, decision })));
  const waiting = new Set(pending.map((p) => p.incident.id));
  return { first: [...reported.items, ...underReview.items.filter((i) => !waiting.has(i.id))], pending, parties: parties.items, agreements: agreements.items };
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
  const { t } = useTranslation();
  const session = useSession();
  const me = session.state === 'signed-in' ? `user:${session.session.user.id}` : '';
  const decides = allows(session, 'decision.approve');
  const queue = useResource('queue', loadQueue);
  const [proposing, setProposing] = useState<string | null>(null);
  const [message, setMessage] = useState<Message | null>(null);

  const afterDecision = (incidentId: string, decision: Decision) => {
    setProposing(null);
    setMessage({ kind: 'ok', text: decision.status === 'adopted' ? t('queue.adopted', { id: incidentId, status: t(`decisionOutcome.${decision.outcome}`) }) : t('queue.proposed', { id: incidentId }) });
    queue.reload();
  };

  const approve = async ({ incident, decision }: Pending) => {
    setMessage(null);
    try {
      const approved = await sendJson('POST', `/api/v1/incidents/${encodeURIComponent(incident.id)}/decisions/${encodeURIComponent(decision.id)}/approvals`, undefined, decisionResponse);
      afterDecision(incident.id, approved);
    } catch (error) {
      setMessage({ kind: 'refused', text: t('queue.refused', { message: errorText(error) }) });
    }
  };

  // After a decision the queue reloads behind the page, which stays as it was until the new one arrives.
  const last = useRef<Awaited<ReturnType<typeof loadQueue>> | null>(null);
  if (queue.state === 'ready') last.current = queue.data;
  if (!last.current) return queue.state === 'failed' ? <LoadFailure error={queue.error} onRetry={queue.reload} /> : <p role="status">{t('common.loading')}</p>;
  const { first, pending, parties, agreements } = last.current;
  const who = (actor: string) => (actor === me ? t('queue.you') : actor.replace(/^user:/, '').slice(0, 8));

  return (
    <section className="queue">
      <h1>{t('queue.pageTitle')}</h1>
      <p>{t('queue.intro')}</p>
      <p className="rule">{t('queue.rule')}</p>
      {queue.state === 'failed' && <LoadFailure error={queue.error} onRetry={queue.reload} />}
      <div aria-live="polite">
        {message && (
          <div className={message.kind === 'ok' ? 'notice' : 'notice notice-error'} role={message.kind === 'ok' ? 'status' : 'alert'}>
            <p>{message.text}</p>
            {message.kind === 'refused' && <p>{t('queue.rule')}</p>}
          </div>
        )}
      </div>

      <h2>{t('queue.needsSecond')}</h2>
      {pending.length === 0 ? (
        <p>{t('queue.noneSecond')}</p>
      ) : (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('queue.incident')}</th>
              <th scope="col">{t('queue.kind')}</th>
              <th scope="col">{t('queue.observed')}</th>
              <th scope="col">{t('queue.status')}</th>
              <th scope="col">{t('queue.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {pending.map((p) => (
              <tr key={p.decision.id} data-incident={p.incident.id}>
                <th scope="row">
                  <AppLink href={`/incidents/${encodeURIComponent(p.incident.id)}`}>{p.incident.id.slice(0, 8)}</AppLink> {p.incident.synthetic && <SyntheticBadge />}
                </th>
                <td>{t(`reportKind.${p.incident.kind}`)}</td>
                <td>
                  <DateTime iso={p.incident.first_observed_at} />
                </td>
                <td>{t('queue.pending', { outcome: t(`decisionOutcome.${p.decision.outcome}`), who: who(p.decision.proposed_by), approvals: p.decision.approvals.length })}</td>
                <td>
                  {decides && (
                    <button type="button" aria-label={t('queue.approveFor', { id: p.incident.id.slice(0, 8) })} onClick={() => void approve(p)}>
                      {t('queue.approve')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h2>{t('queue.needsFirst')}</h2>
      {first.length > SHOWN && <p>{t('queue.shown', { shown: SHOWN, total: first.length })}</p>}
      {first.length === 0 ? (
        <p>{t('queue.noneFirst')}</p>
      ) : (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('queue.incident')}</th>
              <th scope="col">{t('queue.kind')}</th>
              <th scope="col">{t('queue.observed')}</th>
              <th scope="col">{t('queue.reports')}</th>
              <th scope="col">{t('queue.corroboration')}</th>
              <th scope="col">{t('queue.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {first.slice(0, SHOWN).map((incident) => (
              <Fragment key={incident.id}>
                <tr data-incident={incident.id}>
                  <th scope="row">
                    <AppLink href={`/incidents/${encodeURIComponent(incident.id)}`}>{incident.id.slice(0, 8)}</AppLink> {incident.synthetic && <SyntheticBadge />}
                  </th>
                  <td>{t(`reportKind.${incident.kind}`)}</td>
                  <td>
                    <DateTime iso={incident.first_observed_at} />
                  </td>
                  <td>{incident.report_count}</td>
                  <td>{incident.corroboration}</td>
                  <td>
                    {decides && (
                      <button
                        type="button"
                        aria-expanded={proposing === incident.id}
                        aria-label={t('queue.proposeFor', { id: incident.id.slice(0, 8) })}
                        onClick={() => setProposing(proposing === incident.id ? null : incident.id)}
                      >
                        {t('queue.propose')}
                      </button>
                    )}
                  </td>
                </tr>
                {proposing === incident.id && (
                  <tr>
                    <td colSpan={6}>
                      <DecisionForm incidentId={incident.id} parties={parties} agreement={agreements.find((a) => a.id === incident.agreement_id)} onDone={(d) => afterDecision(incident.id, d)} onCancel={() => setProposing(null)} />
                    </td>
                  </tr>
                )}
              </Fragment>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
