import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { controlClaimResponse, createControlClaimBody } from '@contract/control-claims/control-claim-schema.js';
import { townName } from '../../../src/domain/control/town-names.js';
import { isLanguage } from '../../../src/domain/languages.js';
import { ApiError } from '../api/fetch-json.js';
import { sendJson } from '../api/send-json.js';
import type { Party } from '../incidents/party-names.js';
import { detailText, errorText } from '../i18n/translate-error.js';
import { Field } from '../reports/field.js';
import type { FieldErrors } from '../reports/field-errors.js';
import { PlaceSearch } from '../reports/place-search.js';
import { checkClaim, EMPTY_CLAIM, type ControlClaimDraft } from './control-claim-draft.js';

export type ControlClaim = z.infer<typeof controlClaimResponse>;
export interface AreaChoice {
  id: string;
  name: string;
}

const BASES = createControlClaimBody.shape.basis.options;
const STATUSES = createControlClaimBody.shape.status.options;

/** The error paths each field of the draft answers for: fixing the field clears them. */
const PATHS: Partial<Record<keyof ControlClaimDraft, string[]>> = {
  place: ['place_name', 'geonames_id', 'latitude', 'longitude'],
  area_id: ['area_id', 'place_name'],
  citation_source: ['citation.source', 'citation'],
  citation_published_at: ['citation.published_at', 'citation'],
  citation_quote: ['citation.quote', 'citation'],
  citation_url: ['citation.url', 'citation'],
};

/** Records a claim (what a party or outlet says) or an assessment (the mission's own), checked against the contract first. */
export function ControlClaimForm({ parties, areas, onRecorded }: { parties: readonly Party[]; areas: readonly AreaChoice[]; onRecorded: (claim: ControlClaim) => void }) {
  const { t, i18n } = useTranslation();
  const lang = isLanguage(i18n.language) ? i18n.language : 'en';
  const [draft, setDraft] = useState<ControlClaimDraft>(EMPTY_CLAIM);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<ControlClaim | null>(null);
  const [busy, setBusy] = useState(false);
  // A new search box after each record: the last search is not the next claim's place.
  const [round, setRound] = useState(0);
  const set = (patch: Partial<ControlClaimDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    const cleared = Object.keys(patch).flatMap((key) => PATHS[key as keyof ControlClaimDraft] ?? [key]);
    // Control and its party answer for each other: fixing either clears both.
    if ('status' in patch || 'controlled_by' in patch) cleared.push('status', 'controlled_by');
    setErrors((e) => Object.fromEntries(Object.entries(e).filter(([path]) => !cleared.includes(path))));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    const checked = checkClaim(draft, t);
    setErrors(checked.errors ?? {});
    if (checked.errors) {
      setProblem(t('control.invalid'));
      return;
    }
    setProblem(null);
    setBusy(true);
    try {
      const claim = await sendJson('POST', '/api/v1/control-claims', checked.body, controlClaimResponse);
      setDone(claim);
      setDraft(EMPTY_CLAIM);
      setRound((r) => r + 1);
      onRecorded(claim);
    } catch (error) {
      // The rule the server names goes beside its field as well as above the form.
      if (error instanceof ApiError && error.details.length > 0) setErrors(Object.fromEntries(error.details.map((d) => [d.path, detailText(d)])));
      setProblem(t('control.refused', { message: errorText(error) }));
    } finally {
      setBusy(false);
    }
  };

  const partyOptions = parties.map((p) => (
    <option key={p.id} value={p.id}>
      {p.name}
    </option>
  ));

  return (
    <form className="form" noValidate aria-labelledby="claim-heading" onSubmit={(event) => void submit(event)}>
      <h2 id="claim-heading">{t('control.claimForm')}</h2>
      {problem && (
        <p className="notice notice-error" role="alert">
          {problem}
        </p>
      )}
      {done && (
        <p className="notice notice-ok" role="status">
          {/* Worded as it is shown, so that it follows the language switch. */}
          {t(done.basis === 'assessed' ? 'control.recordedAssessment' : 'control.recordedClaim', { place: done.geonames_id !== null ? townName(done.geonames_id, done.place_name, lang) : done.place_name })}
        </p>
      )}
      <fieldset>
        <legend>{t('control.where')}</legend>
        <PlaceSearch key={round} onChoose={(place) => set({ place, area_id: '' })} />
        {draft.place && <p className="chosen-place">{t('reportForm.chosenPlace', { name: draft.place.name })}</p>}
        {errors.place_name && <p className="field-error">{errors.place_name}</p>}
        <Field label={t('control.area')} hint={t('control.areaHint')} error={errors.area_id}>
          {(c) => (
            <select {...c} name="area_id" value={draft.area_id} onChange={(e) => set({ area_id: e.target.value, ...(e.target.value ? { place: null } : {}) })}>
              <option value="">{t('control.noArea')}</option>
              {areas.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      </fieldset>
      <fieldset>
        <legend>{t('control.what')}</legend>
        <Field label={t('control.basis')} hint={t('control.basisHint')} error={errors.basis}>
          {(c) => (
            <select {...c} name="basis" value={draft.basis} onChange={(e) => set({ basis: e.target.value })}>
              <option value="">{t('control.chooseBasis')}</option>
              {BASES.map((b) => (
                <option key={b} value={b}>
                  {t(`control.kind.${b}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <div className="field-row">
          <Field label={t('control.status')} error={errors.status}>
            {(c) => (
              <select {...c} name="status" value={draft.status} onChange={(e) => set({ status: e.target.value, ...(e.target.value === 'controlled_by' ? {} : { controlled_by: '' }) })}>
                <option value="">{t('control.chooseStatus')}</option>
                {STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {t(`control.statusOption.${s}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('control.controlledBy')} hint={t('control.controlledByHint')} error={errors.controlled_by}>
            {(c) => (
              <select {...c} name="controlled_by" value={draft.controlled_by} onChange={(e) => set({ controlled_by: e.target.value })}>
                <option value="">{t('control.noParty')}</option>
                {partyOptions}
              </select>
            )}
          </Field>
        </div>
        <div className="field-row">
          <Field label={t('control.claimant')} hint={t('control.claimantHint')} error={errors.claimant}>
            {(c) => (
              <select {...c} name="claimant" value={draft.claimant} onChange={(e) => set({ claimant: e.target.value })}>
                <option value="">{t('control.noParty')}</option>
                {partyOptions}
              </select>
            )}
          </Field>
          <Field label={t('control.source')} hint={t('control.sourceHint')} error={errors.source}>
            {(c) => <input {...c} name="source" value={draft.source} onChange={(e) => set({ source: e.target.value })} />}
          </Field>
        </div>
        <Field label={t('control.asOf')} hint={t('control.asOfHint')} error={errors.as_of}>
          {(c) => <input {...c} name="as_of" type="datetime-local" value={draft.as_of} onChange={(e) => set({ as_of: e.target.value })} />}
        </Field>
      </fieldset>
      <fieldset>
        <legend>{t('control.citation')}</legend>
        <div className="field-row">
          <Field label={t('control.citationSource')} error={errors['citation.source']}>
            {(c) => <input {...c} name="citation_source" value={draft.citation_source} onChange={(e) => set({ citation_source: e.target.value })} />}
          </Field>
          <Field label={t('control.publishedAt')} error={errors['citation.published_at']}>
            {(c) => <input {...c} name="citation_published_at" type="date" value={draft.citation_published_at} onChange={(e) => set({ citation_published_at: e.target.value })} />}
          </Field>
        </div>
        <Field label={t('control.quote')} hint={t('control.quoteHint')} error={errors['citation.quote'] ?? errors.citation}>
          {(c) => <textarea {...c} name="citation_quote" rows={3} value={draft.citation_quote} onChange={(e) => set({ citation_quote: e.target.value })} />}
        </Field>
        <Field label={t('control.url')} error={errors['citation.url']}>
          {(c) => <input {...c} name="citation_url" type="url" value={draft.citation_url} onChange={(e) => set({ citation_url: e.target.value })} />}
        </Field>
      </fieldset>
      <div className="actions">
        <button type="submit" disabled={busy}>
          {t('control.record')}
        </button>
      </div>
    </form>
  );
}
