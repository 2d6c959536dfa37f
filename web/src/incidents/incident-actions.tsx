import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { incidentDetailResponse, mergeBody, splitBody } from '@contract/incidents/incident-schema.js';
import { sendJson } from '../api/send-json.js';
import { AppLink } from '../app/app-link.js';
import { errorText } from '../i18n/translate-error.js';
import { Field } from '../reports/field.js';
import { allows, useSession } from '../session/session-store.js';
import { DateTime } from '../ui/date-time.js';
import type { IncidentDetail } from './incident-detail-page.js';

const splitResponse = z.object({ from: incidentDetailResponse, to: incidentDetailResponse });

type Outcome = { kind: 'merged' | 'split'; id: string };

/**
 * A verifier's regrouping of reports: this incident merged into another that is the same event,
 * or some of its reports split out into a new one. The server decides; its refusal is shown.
 */
export function IncidentActions({ incident }: { incident: IncidentDetail }) {
  const { t } = useTranslation();
  const session = useSession();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const merge = allows(session, 'incident.merge');
  const split = allows(session, 'incident.split');
  if ((!merge && !split) || incident.merged_into !== null) return null;
  return (
    <section aria-labelledby="regroup-heading" className="card incident-actions">
      <h2 id="regroup-heading">{t('incidentActions.heading')}</h2>
      {outcome ? (
        <p className="notice notice-ok" role="status">
          {t(outcome.kind === 'merged' ? 'incidentActions.merged' : 'incidentActions.splitDone', { id: outcome.id })}{' '}
          <AppLink href={`/incidents/${encodeURIComponent(outcome.id)}`}>{t('incidentActions.open', { id: outcome.id })}</AppLink>
        </p>
      ) : (
        <>
          <p className="muted small">{t('incidentActions.hint')}</p>
          {merge && <MergeForm incident={incident} onDone={setOutcome} />}
          {split && <SplitForm incident={incident} onDone={setOutcome} />}
        </>
      )}
    </section>
  );
}

function MergeForm({ incident, onDone }: { incident: IncidentDetail; onDone: (outcome: Outcome) => void }) {
  const { t } = useTranslation();
  const [target, setTarget] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [refusal, setRefusal] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const id = target.trim();
    if (id === '') return setError(t('field.required'));
    if (id === incident.id || !mergeBody.shape.incident_ids.element.safeParse(id).success) return setError(t('incidentActions.otherIncident'));
    setRefusal(null);
    setBusy(true);
    try {
      // This incident joins the other: the other is the one that stays.
      const merged = await sendJson('POST', `/api/v1/incidents/${encodeURIComponent(id)}/merge`, { incident_ids: [incident.id] }, incidentDetailResponse);
      onDone({ kind: 'merged', id: merged.id });
    } catch (e) {
      setRefusal(t('incidentActions.refused', { message: errorText(e) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <details>
      <summary>{t('incidentActions.mergeInto')}</summary>
      <form className="form" noValidate aria-label={t('incidentActions.mergeInto')} onSubmit={(event) => void submit(event)}>
        {refusal && (
          <p className="notice notice-error" role="alert">
            {refusal}
          </p>
        )}
        <Field label={t('incidentActions.target')} hint={t('incidentActions.targetHint')} error={error}>
          {(c) => (
            <input
              {...c}
              name="target"
              value={target}
              autoComplete="off"
              onChange={(e) => {
                setTarget(e.target.value);
                setError(undefined);
              }}
            />
          )}
        </Field>
        <div className="actions">
          <button type="submit" disabled={busy}>
            {t('incidentActions.merge')}
          </button>
        </div>
      </form>
    </details>
  );
}

function SplitForm({ incident, onDone }: { incident: IncidentDetail; onDone: (outcome: Outcome) => void }) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState<string[]>([]);
  const [error, setError] = useState<string | undefined>();
  const [refusal, setRefusal] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const body = { report_ids: chosen };
    if (!splitBody.safeParse(body).success) return setError(t('incidentActions.chooseReports'));
    setRefusal(null);
    setBusy(true);
    try {
      const { to } = await sendJson('POST', `/api/v1/incidents/${encodeURIComponent(incident.id)}/split`, body, splitResponse);
      onDone({ kind: 'split', id: to.id });
    } catch (e) {
      setRefusal(t('incidentActions.refused', { message: errorText(e) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <details>
      <summary>{t('incidentActions.splitOut')}</summary>
      <form className="form" noValidate aria-label={t('incidentActions.splitOut')} onSubmit={(event) => void submit(event)}>
        {refusal && (
          <p className="notice notice-error" role="alert">
            {refusal}
          </p>
        )}
        <fieldset aria-describedby={error ? 'split-error' : undefined}>
          <legend>{t('incidentActions.reports')}</legend>
          {incident.reports.map((report) => (
            <label key={report.id} className="checkbox">
              <input
                type="checkbox"
                name="report_ids"
                value={report.id}
                checked={chosen.includes(report.id)}
                onChange={(e) => {
                  const { checked } = e.target;
                  setChosen((ids) => (checked ? [...ids, report.id] : ids.filter((id) => id !== report.id)));
                  setError(undefined);
                }}
              />
              <span>
                {t(`reportKind.${report.kind}`)}, <DateTime iso={report.observed_at.start} /> <code>{report.id}</code>
              </span>
            </label>
          ))}
          {error && (
            <p className="field-error" id="split-error">
              {error}
            </p>
          )}
        </fieldset>
        <div className="actions">
          <button type="submit" disabled={busy}>
            {t('incidentActions.split')}
          </button>
        </div>
      </form>
    </details>
  );
}
