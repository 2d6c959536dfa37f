import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { agreementResponse, transitionBody } from '@contract/agreements/agreement-schema.js';
import { ApiError } from '../api/fetch-json.js';
import { sendJson } from '../api/send-json.js';
import { detailText, errorText } from '../i18n/translate-error.js';
import { Field } from '../reports/field.js';
import { fieldErrors, type FieldErrors } from '../reports/field-errors.js';
import { localToIso } from '../reports/report-draft.js';
import { allows, useSession } from '../session/session-store.js';
import type { Agreement } from './agreement-types.js';

// Expired is never asked for: it follows from the clock.
const REQUESTABLE = transitionBody.shape.to.options;

/**
 * A mediator's transition of the agreement, as the transition body takes it: checked against the
 * contract beside each field; the domain's refusal (the rule it names) shown translated above.
 */
export function TransitionForm({ agreement, names, onChanged }: { agreement: Agreement; names: Map<string, string>; onChanged: (agreement: Agreement) => void }) {
  const { t } = useTranslation();
  const session = useSession();
  const [to, setTo] = useState('');
  const [effectiveAt, setEffectiveAt] = useState('');
  const [expiresAt, setExpiresAt] = useState('');
  const [agreedBy, setAgreedBy] = useState<readonly string[]>([]);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [refusal, setRefusal] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (!allows(session, 'agreement.transition')) return null;
  const parties = agreement.parties.filter((p) => p.role === 'party');
  // Only an extension records who agreed to it.
  const extending = to === 'extended';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const body = {
      to: to || undefined,
      effective_at: localToIso(effectiveAt) ?? null,
      expires_at: localToIso(expiresAt) ?? null,
      ...(extending ? { agreed_by: agreedBy } : {}),
      reason: reason.trim() === '' ? null : reason,
    };
    const parsed = transitionBody.safeParse(body);
    if (!parsed.success) {
      setErrors(fieldErrors(parsed.error, t));
      return;
    }
    setErrors({});
    setRefusal(null);
    setDone(null);
    setBusy(true);
    try {
      const updated = await sendJson('POST', `/api/v1/agreements/${encodeURIComponent(agreement.id)}/transitions`, parsed.data, agreementResponse);
      setTo('');
      // What was recorded: the status now may differ, as an agreement whose window has passed reads expired.
      setDone(t('agreementActions.transitioned', { status: t(`agreementStatus.${updated.recorded_status}`) }));
      onChanged(updated);
    } catch (error) {
      // The rule the server names goes beside its field as well as above the form.
      if (error instanceof ApiError && error.details.length > 0) setErrors(Object.fromEntries(error.details.map((d) => [d.path, detailText(d)])));
      setRefusal(t('agreementActions.refused', { message: errorText(error) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="transition-heading">
      <h2 id="transition-heading">{t('agreementActions.transition')}</h2>
      <p className="muted">{t('agreementActions.transitionHint')}</p>
      <div aria-live="polite">
        {done && (
          <p className="notice notice-ok" role="status">
            {done}
          </p>
        )}
      </div>
      <form className="form" noValidate aria-labelledby="transition-heading" onSubmit={(event) => void submit(event)}>
        {refusal && (
          <p className="notice notice-error" role="alert">
            {refusal}
          </p>
        )}
        <div className="field-row">
          <Field label={t('agreementActions.to')} error={errors.to}>
            {(c) => (
              <select {...c} name="to" value={to} onChange={(e) => setTo(e.target.value)}>
                <option value="">{t('agreementActions.chooseStatus')}</option>
                {REQUESTABLE.map((status) => (
                  <option key={status} value={status}>
                    {t(`agreementStatus.${status}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('agreementActions.effectiveAt')} hint={t('agreementActions.effectiveAtHint')} error={errors.effective_at}>
            {(c) => <input {...c} name="effective_at" type="datetime-local" value={effectiveAt} onChange={(e) => setEffectiveAt(e.target.value)} />}
          </Field>
          <Field label={t('agreementActions.expiresAt')} hint={t('agreementActions.expiresAtHint')} error={errors.expires_at}>
            {(c) => <input {...c} name="expires_at" type="datetime-local" value={expiresAt} onChange={(e) => setExpiresAt(e.target.value)} />}
          </Field>
        </div>
        {extending && (
          <fieldset>
            <legend>{t('agreementActions.agreedBy')}</legend>
            {parties.map((party) => (
              <label key={party.id} className="checkbox">
                <input
                  type="checkbox"
                  name="agreed_by"
                  value={party.id}
                  checked={agreedBy.includes(party.id)}
                  onChange={(e) => setAgreedBy((chosen) => (e.target.checked ? [...chosen, party.id] : chosen.filter((id) => id !== party.id)))}
                />
                {names.get(party.id) ?? party.id}
              </label>
            ))}
            {errors.agreed_by && <p className="field-error">{errors.agreed_by}</p>}
          </fieldset>
        )}
        <Field label={t('agreementActions.reason')} error={errors.reason}>
          {(c) => <textarea {...c} name="reason" rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />}
        </Field>
        <div className="actions">
          <button type="submit" disabled={busy}>
            {t('agreementActions.send')}
          </button>
        </div>
      </form>
    </section>
  );
}
