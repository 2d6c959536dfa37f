import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { disputeResponse, rulingBody } from '@contract/disputes/dispute-schema.js';
import { ApiError } from '../api/fetch-json.js';
import { sendJson } from '../api/send-json.js';
import { Field } from '../reports/field.js';
import { fieldErrors, type FieldErrors } from '../reports/field-errors.js';
import { detailText, errorText } from '../i18n/translate-error.js';

const RULINGS = rulingBody.shape.ruling.options;

export type Dispute = z.infer<typeof disputeResponse>;

/** A mediator's one ruling on a dispute: checked against the contract, the server's refusal shown translated. */
export function RulingForm({ dispute, onRuled }: { dispute: Dispute; onRuled: (ruled: Dispute) => void }) {
  const { t } = useTranslation();
  const [ruling, setRuling] = useState('');
  const [rationale, setRationale] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [refusal, setRefusal] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = dispute.incident_id.slice(0, 8);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const body = { ruling: ruling || undefined, rationale };
    const parsed = rulingBody.safeParse(body);
    if (!parsed.success) {
      setErrors(fieldErrors(parsed.error, t));
      return;
    }
    setErrors({});
    setRefusal(null);
    setBusy(true);
    try {
      onRuled(await sendJson('POST', `/api/v1/disputes/${encodeURIComponent(dispute.id)}/ruling`, body, disputeResponse));
    } catch (error) {
      // The rule the server names goes beside its field as well as above the form.
      if (error instanceof ApiError && error.details.length > 0) setErrors(Object.fromEntries(error.details.map((d) => [d.path, detailText(d)])));
      setRefusal(t('mediation.refused', { message: errorText(error) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="form ruling-form" noValidate aria-label={t('mediation.ruleFor', { id })} onSubmit={(event) => void submit(event)}>
      {refusal && (
        <p className="notice notice-error" role="alert">
          {refusal}
        </p>
      )}
      <Field label={t('mediation.ruling')} error={errors.ruling}>
        {(c) => (
          <select
            {...c}
            name="ruling"
            value={ruling}
            onChange={(e) => {
              setRuling(e.target.value);
              setErrors(({ ruling: _, ...rest }) => rest);
            }}
          >
            <option value="">{t('mediation.chooseRuling')}</option>
            {RULINGS.map((r) => (
              <option key={r} value={r}>
                {t(`taxonomy.disputeStatus.${r}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('mediation.rationale')} hint={t('mediation.rationaleHint')} error={errors.rationale}>
        {(c) => (
          <textarea
            {...c}
            name="rationale"
            rows={3}
            value={rationale}
            onChange={(e) => {
              setRationale(e.target.value);
              setErrors(({ rationale: _, ...rest }) => rest);
            }}
          />
        )}
      </Field>
      <div className="actions">
        <button type="submit" disabled={busy}>
          {t('mediation.rule')}
        </button>
      </div>
    </form>
  );
}
