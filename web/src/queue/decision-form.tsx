import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { decisionBody, decisionResponse } from '@contract/incidents/incident-schema.js';
import type { partyResponse } from '@contract/parties/party-schema.js';
import type { AgreementResponse } from '@contract/agreements/agreement-schema.js';
import { sendJson } from '../api/send-json.js';
import { Field } from '../reports/field.js';
import { fieldErrors, type FieldErrors } from '../reports/field-errors.js';
import { errorText } from '../i18n/translate-error.js';
import { useContent } from '../i18n/content-store.js';
import { localizeParties } from '../incidents/party-names.js';

const OUTCOMES = decisionBody.shape.outcome.options;
const CONFIDENCES = decisionBody.shape.attribution.unwrap().unwrap().shape.confidence.options;
const NOT_ATTRIBUTABLE = 'not_attributable';

export type Decision = z.infer<typeof decisionResponse>;

/** A verifier's proposed decision on one incident: checked against the contract before it is sent. */
export function DecisionForm({
  incidentId,
  parties: original,
  agreement,
  onDone,
  onCancel,
}: {
  incidentId: string;
  parties: readonly z.infer<typeof partyResponse>[];
  /** The incident's agreement, whose terms a verified incident may breach; none without one. */
  agreement: AgreementResponse | undefined;
  onDone: (decision: Decision) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const parties = localizeParties(original, useContent());
  const [outcome, setOutcome] = useState<string>('verified');
  const [rationale, setRationale] = useState('');
  const [credibility, setCredibility] = useState('2');
  const [attribution, setAttribution] = useState('');
  const [confidence, setConfidence] = useState<string>('likely');
  const [terms, setTerms] = useState<readonly string[]>([]);
  // Only a verified incident breaches terms: the others are sent with none, whatever was ticked before.
  const breaches = outcome === 'verified' && agreement !== undefined;
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const body = {
      outcome,
      rationale,
      checks: [],
      credibility: credibility.trim() === '' ? undefined : Number(credibility),
      attribution: attribution === '' ? null : { party_id: attribution === NOT_ATTRIBUTABLE ? null : attribution, confidence },
      terms_breached: breaches ? terms : [],
    };
    const parsed = decisionBody.safeParse(body);
    if (!parsed.success) {
      setErrors(fieldErrors(parsed.error, t));
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      onDone(await sendJson('POST', `/api/v1/incidents/${encodeURIComponent(incidentId)}/decisions`, body, decisionResponse));
    } catch (error) {
      setRefusal(t('queue.refused', { message: errorText(error) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="form decision-form" noValidate onSubmit={(event) => void submit(event)} aria-label={t('queue.proposeFor', { id: incidentId })}>
      {refusal && (
        <div className="notice notice-error" role="alert">
          <p>{refusal}</p>
          <p>{t('queue.rule')}</p>
        </div>
      )}
      <div className="field-row">
        <Field label={t('queue.outcome')} error={errors.outcome}>
          {(c) => (
            <select {...c} name="outcome" value={outcome} onChange={(e) => setOutcome(e.target.value)}>
              {OUTCOMES.map((o) => (
                <option key={o} value={o}>
                  {t(`decisionOutcome.${o}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('queue.credibility')} error={errors.credibility}>
          {(c) => <input {...c} name="credibility" type="number" min={1} max={6} step={1} value={credibility} onChange={(e) => setCredibility(e.target.value)} />}
        </Field>
        <Field label={t('queue.attribution')} error={errors['attribution.party_id']}>
          {(c) => (
            <select {...c} name="attribution" value={attribution} onChange={(e) => setAttribution(e.target.value)}>
              <option value="">{t('queue.noAttribution')}</option>
              {parties.map((party) => (
                <option key={party.id} value={party.id}>
                  {party.name}
                </option>
              ))}
              <option value={NOT_ATTRIBUTABLE}>{t('queue.notAttributable')}</option>
            </select>
          )}
        </Field>
        {attribution !== '' && (
          <Field label={t('queue.confidence')} error={errors['attribution.confidence']}>
            {(c) => (
              <select {...c} name="confidence" value={confidence} onChange={(e) => setConfidence(e.target.value)}>
                {CONFIDENCES.map((level) => (
                  <option key={level} value={level}>
                    {t(`confidence.${level}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
      </div>
      {breaches && (
        <fieldset className="terms-breached">
          <legend>{t('queue.termsBreached')}</legend>
          {agreement.terms.length === 0 ? (
            <p>{t('queue.noTerms')}</p>
          ) : (
            <>
              <p className="field-hint">{t('queue.termsHint', { title: agreement.title })}</p>
              {agreement.terms.map((term) => (
                <label key={term.id} className="checkbox">
                  <input
                    type="checkbox"
                    name="terms_breached"
                    value={term.id}
                    checked={terms.includes(term.id)}
                    onChange={(e) => setTerms((chosen) => (e.target.checked ? [...chosen, term.id] : chosen.filter((id) => id !== term.id)))}
                  />
                  {term.code} — {term.text}
                </label>
              ))}
            </>
          )}
          {errors.terms_breached && <p className="field-error">{errors.terms_breached}</p>}
        </fieldset>
      )}
      <Field label={t('queue.rationale')} error={errors.rationale}>
        {(c) => <textarea {...c} name="rationale" rows={3} value={rationale} onChange={(e) => setRationale(e.target.value)} />}
      </Field>
      <div className="actions">
        <button type="submit" disabled={busy}>
          {t('queue.send')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('queue.cancel')}
        </button>
      </div>
    </form>
  );
}
