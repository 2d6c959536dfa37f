import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { disputeBody, disputeResponse } from '@contract/disputes/dispute-schema.js';
import { incidentResponse } from '@contract/incidents/incident-schema.js';
import { partyResponse } from '@contract/parties/party-schema.js';
import { fetchJson } from '../api/fetch-json.js';
import { sendJson } from '../api/send-json.js';
import { useResource } from '../api/use-resource.js';
import { AppLink } from '../app/app-link.js';
import { Field } from '../reports/field.js';
import { fieldErrors } from '../reports/field-errors.js';
import { IncidentTable } from '../incidents/incident-table.js';
import { RequireAction } from '../session/require-action.js';
import { useSession } from '../session/session-store.js';
import { DateTime } from '../ui/date-time.js';
import { LoadFailure } from '../ui/load-failure.js';
import { errorText } from '../i18n/translate-error.js';
import { useContent } from '../i18n/content-store.js';

const incidentList = z.object({ items: z.array(incidentResponse), next_cursor: z.string().nullable() });
const disputeList = z.object({ items: z.array(disputeResponse) });
// Findings a party may dispute, and the outcomes of disputes already ruled.
const FINDINGS = ['verified', 'disputed', 'upheld', 'overturned'] as const;

async function loadLiaison(partyId: string, signal: AbortSignal) {
  const [party, disputes, ...lists] = await Promise.all([
    fetchJson(`/api/v1/parties/${encodeURIComponent(partyId)}`, partyResponse, signal),
    fetchJson('/api/v1/disputes', disputeList, signal),
    ...FINDINGS.map((status) => fetchJson(`/api/v1/incidents?party=${encodeURIComponent(partyId)}&status=${status}&limit=200`, incidentList, signal)),
  ]);
  return { party, disputes: disputes.items, findings: lists.flatMap((l) => l.items) };
}

export function LiaisonPage() {
  const { t } = useTranslation();
  return (
    <RequireAction action="dispute.create" title={t('liaison.pageTitle')}>
      <Liaison />
    </RequireAction>
  );
}

function Liaison() {
  const { t } = useTranslation();
  const session = useSession();
  const partyId = session.state === 'signed-in' ? (session.session.user.party_id ?? '') : '';
  const data = useResource(`liaison:${partyId}`, (signal) => loadLiaison(partyId, signal));
  const [disputing, setDisputing] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const content = useContent();

  if (data.state === 'loading') return <p role="status">{t('common.loading')}</p>;
  if (data.state === 'failed') return <LoadFailure error={data.error} onRetry={data.reload} />;
  const { party, findings, disputes } = data.data;
  const disputed = new Set(disputes.map((d) => d.incident_id));

  return (
    <section className="liaison">
      <h1>{t('liaison.pageTitle')}</h1>
      <p>{t('liaison.intro')}</p>
      <p>
        <strong>{t('liaison.forParty', { party: content.text('party', party.id, 'name', party.name).text })}</strong>
      </p>
      <div aria-live="polite">
        {notice && (
          <p className="notice notice-ok" role="status">
            {notice}
          </p>
        )}
      </div>
      <h2>{t('liaison.allegations')}</h2>
      {findings.length === 0 ? (
        <p>{t('liaison.none')}</p>
      ) : (
        <IncidentTable
          incidents={findings}
          name={{ header: t('queue.incident'), by: 'id' }}
          columns={[
            { header: t('queue.kind'), cell: (incident) => t(`reportKind.${incident.kind}`) },
            { header: t('queue.observed'), cell: (incident) => <DateTime iso={incident.first_observed_at} /> },
            { header: t('queue.status'), cell: (incident) => t(`incidentStatus.${incident.status}`) },
            {
              header: t('queue.actions'),
              cell: (incident) =>
                incident.status === 'verified' &&
                !disputed.has(incident.id) && (
                  <button type="button" aria-expanded={disputing === incident.id} aria-label={t('liaison.disputeFor', { id: incident.id.slice(0, 8) })} onClick={() => setDisputing(disputing === incident.id ? null : incident.id)}>
                    {t('liaison.dispute')}
                  </button>
                ),
            },
          ]}
          below={(incident) =>
            disputing === incident.id && (
              <DisputeForm
                incidentId={incident.id}
                onFiled={() => {
                  setDisputing(null);
                  setNotice(t('liaison.filed', { id: incident.id.slice(0, 8) }));
                  data.reload();
                }}
              />
            )
          }
        />
      )}
      <h2>{t('liaison.disputes')}</h2>
      {disputes.length === 0 ? (
        <p>{t('liaison.noDisputes')}</p>
      ) : (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('queue.incident')}</th>
              <th scope="col">{t('liaison.filedAt')}</th>
              <th scope="col">{t('liaison.statement')}</th>
              <th scope="col">{t('liaison.ruling')}</th>
            </tr>
          </thead>
          <tbody>
            {disputes.map((dispute) => (
              <tr key={dispute.id}>
                <th scope="row">
                  <AppLink href={`/incidents/${encodeURIComponent(dispute.incident_id)}`}>{dispute.incident_id.slice(0, 8)}</AppLink>
                </th>
                <td>
                  <DateTime iso={dispute.created_at} />
                </td>
                <td>{dispute.statement}</td>
                <td>
                  {t(`taxonomy.disputeStatus.${dispute.status}`)}
                  {dispute.ruling_rationale && <p className="small">{dispute.ruling_rationale}</p>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function DisputeForm({ incidentId, onFiled }: { incidentId: string; onFiled: () => void }) {
  const { t } = useTranslation();
  const [statement, setStatement] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [refusal, setRefusal] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const body = { incident_id: incidentId, statement };
    const parsed = disputeBody.safeParse(body);
    if (!parsed.success) {
      setError(fieldErrors(parsed.error, t).statement);
      return;
    }
    setError(undefined);
    setBusy(true);
    try {
      await sendJson('POST', '/api/v1/disputes', body, disputeResponse);
      onFiled();
    } catch (e) {
      setRefusal(t('liaison.refused', { message: errorText(e) }));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="form" noValidate aria-label={t('liaison.disputeFor', { id: incidentId.slice(0, 8) })} onSubmit={(event) => void submit(event)}>
      {refusal && (
        <p className="notice notice-error" role="alert">
          {refusal}
        </p>
      )}
      <Field label={t('liaison.statement')} hint={t('liaison.statementHint')} error={error}>
        {(c) => <textarea {...c} name="statement" rows={4} value={statement} onChange={(e) => {
              setStatement(e.target.value);
              setError(undefined);
            }} />}
      </Field>
      <div className="actions">
        <button type="submit" disabled={busy}>
          {t('liaison.file')}
        </button>
      </div>
    </form>
  );
}
