import { useCallback, useState, type FocusEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { evidenceResponse, reportBody, reportResponse } from '@contract/reports/report-schema.js';
import { sourceResponse } from '@contract/sources/source-schema.js';
import { agreementResponse } from '@contract/agreements/agreement-schema.js';
import { KIND_SUBTYPES, type ReportKind } from '../../../src/domain/monitoring/report-taxonomy.js';
import { ApiError, fetchJson } from '../api/fetch-json.js';
import { sendJson } from '../api/send-json.js';
import { uploadFiles } from '../api/upload-files.js';
import { useResource } from '../api/use-resource.js';
import { AppLink } from '../app/app-link.js';
import { RequireAction } from '../session/require-action.js';
import { allows, useSession } from '../session/session-store.js';
import { AgreementChoice } from './agreement-choice.js';
import { Field } from './field.js';
import { LocationMap } from './location-map.js';
import { PlaceSearch } from './place-search.js';
import { ReportDetails } from './report-details.js';
import { checkDraft, EMPTY_DRAFT, localNow, localToIso, type ReportDraft } from './report-draft.js';
import { isOffline, problemOf, SubmitProblem, uploadFailureText, type Problem } from './submit-problem.js';
import { UploadProgress } from './upload-progress.js';
import { UseMyLocation } from './use-my-location.js';
import { useReportDraft } from './use-report-draft.js';
import { detailText } from '../i18n/translate-error.js';
import './report-form.css';

const KINDS = reportBody.shape.kind.options;
const TIME_PRECISIONS = reportBody.shape.time_precision.unwrap().options;
const GEO_PRECISIONS = reportBody.shape.geo_precision.unwrap().options;
const CHANNELS = reportBody.shape.channel.options;
const GRADES = reportBody.shape.reliability.unwrap().unwrap().options;
const sourcesResponse = z.object({ items: z.array(sourceResponse) });
const uploadResponse = z.object({ items: z.array(evidenceResponse) });
const agreementsResponse = z.object({ items: z.array(agreementResponse) });

type Outcome = { report: z.infer<typeof reportResponse>; stored: number; uploadError: string | null };

/** The inputs whose names are not their draft field's. */
const INPUT_FIELDS: Readonly<Record<string, keyof ReportDraft>> = { observed_start: 'start', observed_end: 'end' };

export function ReportFormPage() {
  const { t } = useTranslation();
  const session = useSession();
  const userId = session.state === 'signed-in' ? session.session.user.id : '';
  return (
    <RequireAction action="report.create" title={t('reportForm.pageTitle')}>
      {/* One form per account: another account signing in in this tab never sees the draft. */}
      <ReportForm key={userId} userId={userId} />
    </RequireAction>
  );
}

function ReportForm({ userId }: { userId: string }) {
  const { t } = useTranslation();
  const session = useSession();
  const sources = useResource('sources', (signal) => fetchJson('/api/v1/sources', sourcesResponse, signal));
  const agreements = useResource('agreements', (signal) => fetchJson('/api/v1/agreements', agreementsResponse, signal));
  const form = useReportDraft(userId);
  const { draft, errors, change: set } = form;
  const [files, setFiles] = useState<File[]>([]);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  // Discarding the draft starts the inputs afresh, the file input and the place search included.
  const [generation, setGeneration] = useState(0);
  const subtypes = KIND_SUBTYPES[draft.kind as ReportKind] ?? [];
  const onOnline = useCallback(() => setProblem((p) => (p?.kind === 'offline' ? { kind: 'back-online' } : p)), []);

  const leave = (event: FocusEvent<HTMLFormElement>) => {
    const name = (event.target as Partial<HTMLInputElement>).name ?? '';
    const field = INPUT_FIELDS[name] ?? (name in EMPTY_DRAFT ? (name as keyof ReportDraft) : undefined);
    if (field) form.leave(field);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = checkDraft(draft, t);
    form.showErrors(checked.errors ?? {});
    if (checked.errors || isOffline()) {
      setProblem({ kind: checked.errors ? 'invalid' : 'offline' });
      return;
    }
    setProblem(null);
    setBusy(true);
    try {
      const report = await sendJson('POST', '/api/v1/reports', checked.body, reportResponse);
      // Recorded: the draft is done before the files go, so a reload cannot send it twice.
      form.reset();
      setOutcome({ report, stored: 0, uploadError: null });
      if (files.length > 0) {
        setProgress(0);
        try {
          const stored = (await uploadFiles(`/api/v1/reports/${encodeURIComponent(report.id)}/evidence`, files, uploadResponse, setProgress)).items.length;
          setOutcome({ report, stored, uploadError: null });
        } catch (error) {
          setOutcome({ report, stored: 0, uploadError: uploadFailureText(error, t) });
        }
      }
    } catch (error) {
      if (error instanceof ApiError && error.details.length > 0) form.showErrors(Object.fromEntries(error.details.map((d) => [d.path, detailText(d)])));
      setProblem(problemOf(error));
    } finally {
      setBusy(false);
    }
  };

  if (outcome) {
    return (
      <section className="report-done">
        <h1>{t('reportForm.pageTitle')}</h1>
        <div className="notice" role="status">
          <p>{t('reportForm.submitted')}</p>
          {outcome.stored > 0 && <p>{t('reportForm.evidenceStored', { count: outcome.stored })}</p>}
        </div>
        {progress !== null && <UploadProgress fraction={progress} />}
        {outcome.uploadError && (
          <p className="notice notice-error" role="alert">
            {t('reportForm.uploadFailed', { message: outcome.uploadError })}
          </p>
        )}
        <ul className="actions">
          {outcome.report.incident_id !== undefined && (
            <li>
              <AppLink href={`/incidents/${encodeURIComponent(outcome.report.incident_id)}`}>{t('reportForm.openIncident')}</AppLink>
            </li>
          )}
          {allows(session, 'decision.approve') && (
            <li>
              <AppLink href="/queue">{t('reportForm.toQueue')}</AppLink>
            </li>
          )}
          <li>
            <button
              type="button"
              onClick={() => {
                setOutcome(null);
                form.reset();
                setFiles([]);
                setProgress(null);
              }}
            >
              {t('reportForm.another')}
            </button>
          </li>
        </ul>
      </section>
    );
  }

  const point = draft.latitude && draft.longitude && Number.isFinite(Number(draft.latitude)) && Number.isFinite(Number(draft.longitude)) ? { latitude: Number(draft.latitude), longitude: Number(draft.longitude) } : null;
  const utc = (value: string) => {
    const iso = localToIso(value);
    return iso && iso.endsWith('Z') ? t('reportForm.inUtc', { utc: `${iso.slice(0, 16).replace('T', ' ')} UTC` }) : undefined;
  };

  return (
    <section className="report-form">
      <h1>{t('reportForm.pageTitle')}</h1>
      <p>{t('reportForm.intro')}</p>
      {form.restored && (
        <div className="notice draft-restored" role="status">
          <p>{t('reportForm.draftRestored')}</p>
          <button
            type="button"
            onClick={() => {
              form.reset();
              setFiles([]);
              setProblem(null);
              setGeneration((n) => n + 1);
            }}
          >
            {t('reportForm.discardDraft')}
          </button>
        </div>
      )}
      <form key={generation} className="form" noValidate onSubmit={(event) => void submit(event)} onBlur={leave}>
        {problem && <SubmitProblem problem={problem} invalidFields={Object.keys(errors).length} onOnline={onOnline} />}
        <fieldset>
          <legend>{t('reportForm.what')}</legend>
          <Field label={t('reportForm.kind')} error={errors.kind}>
            {(c) => (
              <select {...c} name="kind" value={draft.kind} onChange={(e) => set({ kind: e.target.value, subtype: '' })}>
                <option value="">{t('reportForm.chooseKind')}</option>
                {KINDS.map((kind) => (
                  <option key={kind} value={kind}>
                    {t(`reportKind.${kind}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {subtypes.length > 0 && (
            <Field label={t('reportForm.subtype')} error={errors.subtype}>
              {(c) => (
                <select {...c} name="subtype" value={draft.subtype} onChange={(e) => set({ subtype: e.target.value })}>
                  <option value="">{t('reportForm.noSubtype')}</option>
                  {subtypes.map((subtype) => (
                    <option key={subtype} value={subtype}>
                      {t(`taxonomy.subtype.${subtype as 'impact'}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          )}
        </fieldset>
        <fieldset>
          <legend>{t('reportForm.when')}</legend>
          <Field label={t('reportForm.observedStart')} error={errors['observed_at.start']} {...optional('hint', utc(draft.start))}>
            {(c) => (
              <div className="input-with-action">
                <input {...c} name="observed_start" type="datetime-local" value={draft.start} onChange={(e) => set({ start: e.target.value })} />
                <button type="button" onClick={() => set({ start: localNow() })}>
                  {t('reportForm.now')}
                </button>
              </div>
            )}
          </Field>
          <Field label={t('reportForm.observedEnd')} error={errors['observed_at.end']} {...optional('hint', utc(draft.end))}>
            {(c) => <input {...c} name="observed_end" type="datetime-local" value={draft.end} onChange={(e) => set({ end: e.target.value })} />}
          </Field>
          <Field label={t('reportForm.timePrecision')} error={errors.time_precision}>
            {(c) => (
              <select {...c} name="time_precision" value={draft.time_precision} onChange={(e) => set({ time_precision: e.target.value })}>
                {TIME_PRECISIONS.map((p) => (
                  <option key={p} value={p}>
                    {t(`timePrecision.${p}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <AgreementChoice agreements={agreements} observedAt={localToIso(draft.start)} value={draft.agreement} error={errors.agreement_id} onChange={(agreement) => set({ agreement })} />
        </fieldset>
        <fieldset>
          <legend>{t('reportForm.where')}</legend>
          <PlaceSearch onChoose={(place) => set({ place, latitude: String(place.latitude), longitude: String(place.longitude) })} />
          {draft.place && <p className="chosen-place">{t('reportForm.chosenPlace', { name: draft.place.name })}</p>}
          <UseMyLocation onLocate={(p) => set({ latitude: String(p.latitude), longitude: String(p.longitude), place: null })} />
          <p>{t('reportForm.mapHint')}</p>
          <LocationMap point={point} onPick={(p) => set({ latitude: String(p.latitude), longitude: String(p.longitude), place: null })} />
          <div className="field-row">
            <Field label={t('reportForm.latitude')} error={errors['point.latitude'] ?? errors.point}>
              {(c) => <input {...c} name="latitude" inputMode="decimal" value={draft.latitude} onChange={(e) => set({ latitude: e.target.value, place: null })} />}
            </Field>
            <Field label={t('reportForm.longitude')} error={errors['point.longitude']}>
              {(c) => <input {...c} name="longitude" inputMode="decimal" value={draft.longitude} onChange={(e) => set({ longitude: e.target.value, place: null })} />}
            </Field>
          </div>
          <Field label={t('reportForm.geoPrecision')} error={errors.geo_precision}>
            {(c) => (
              <select {...c} name="geo_precision" value={draft.geo_precision} onChange={(e) => set({ geo_precision: e.target.value })}>
                {GEO_PRECISIONS.map((p) => (
                  <option key={p} value={p}>
                    {t(`geoPrecision.${p}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <label className="checkbox">
            <input type="checkbox" name="location_sensitive" checked={draft.location_sensitive} onChange={(e) => set({ location_sensitive: e.target.checked })} />
            {t('reportForm.locationSensitive')}
          </label>
        </fieldset>
        <ReportDetails draft={draft} errors={errors} set={set} />
        <fieldset>
          <legend>{t('reportForm.provenance')}</legend>
          <Field label={t('reportForm.source')} error={errors.source_id ?? (sources.state === 'failed' ? t('reportForm.sourcesFailed', { message: sources.error.message }) : undefined)}>
            {(c) => (
              <select {...c} name="source_id" value={draft.source_id} onChange={(e) => set({ source_id: e.target.value })}>
                <option value="">{t('reportForm.chooseSource')}</option>
                {sources.state === 'ready' &&
                  sources.data.items.map((source) => (
                    <option key={source.id} value={source.id}>
                      {source.name}
                    </option>
                  ))}
              </select>
            )}
          </Field>
          <Field label={t('reportForm.channel')} error={errors.channel}>
            {(c) => (
              <select {...c} name="channel" value={draft.channel} onChange={(e) => set({ channel: e.target.value })}>
                {CHANNELS.map((channel) => (
                  <option key={channel} value={channel}>
                    {t(`channel.${channel}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <div className="field-row">
            <Field label={t('reportForm.reliability')} error={errors.reliability}>
              {(c) => (
                <select {...c} name="reliability" value={draft.reliability} onChange={(e) => set({ reliability: e.target.value })}>
                  <option value="">{t('reportForm.sourceDefault')}</option>
                  {GRADES.map((grade) => (
                    <option key={grade} value={grade}>
                      {grade}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label={t('reportForm.credibility')} error={errors.credibility}>
              {(c) => <input {...c} name="credibility" type="number" min={1} max={6} step={1} value={draft.credibility} onChange={(e) => set({ credibility: e.target.value })} />}
            </Field>
          </div>
        </fieldset>
        <fieldset>
          <legend>{t('reportForm.evidence')}</legend>
          <Field label={t('reportForm.files')} hint={t('reportForm.filesHint')}>
            {(c) => <input {...c} name="files" type="file" multiple onChange={(e) => setFiles([...(e.target.files ?? [])])} />}
          </Field>
          {progress !== null && <UploadProgress fraction={progress} />}
        </fieldset>
        <button type="submit" disabled={busy}>
          {busy ? t('reportForm.submitting') : t('reportForm.submit')}
        </button>
      </form>
    </section>
  );
}

/** exactOptionalPropertyTypes-friendly: a prop only when it has a value. */
function optional<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}
