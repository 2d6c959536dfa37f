import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { areaResponse, createAreaBody } from '@contract/areas/area-schema.js';
import { ApiError, type ApiErrorDetail } from '../api/fetch-json.js';
import { sendJson } from '../api/send-json.js';
import { useDisplayLocale } from '../format/use-display-locale.js';
import { detailText, errorText } from '../i18n/translate-error.js';
import { Field } from '../reports/field.js';
import { fieldErrors, type FieldErrors } from '../reports/field-errors.js';

export type Area = z.infer<typeof areaResponse>;

const KINDS = createAreaBody.shape.kind.options;

/**
 * A geometry defect names its part (geometry.coordinates.0) and says what is wrong only in the
 * server's words: both are kept, so the reader can find the ring to fix.
 */
function geometryText(detail: ApiErrorDetail): string {
  const text = detailText(detail);
  return `${detail.path}: ${(detail.code ?? 'invalid') === 'invalid' ? `${text} (${detail.message})` : text}`;
}

/** A named area from a GeoJSON Polygon or MultiPolygon pasted as text; the server validates and measures it. */
export function AreaForm({ onCreated }: { onCreated: (area: Area) => void }) {
  const { t } = useTranslation();
  const locale = useDisplayLocale();
  const [name, setName] = useState('');
  const [kind, setKind] = useState('');
  const [geometry, setGeometry] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<Area | null>(null);
  const [busy, setBusy] = useState(false);
  const clear = (field: string) => setErrors(({ [field]: _, ...rest }) => rest);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    let parsedGeometry: unknown;
    const found: FieldErrors = {};
    try {
      parsedGeometry = geometry.trim() === '' ? undefined : JSON.parse(geometry);
    } catch {
      found.geometry = t('control.notJson');
    }
    if (geometry.trim() === '') found.geometry = t('field.required');
    const body = { name, kind: kind || undefined, geometry: parsedGeometry };
    const checked = createAreaBody.safeParse(body);
    const all = { ...(checked.success ? {} : fieldErrors(checked.error, t)), ...found };
    setErrors(all);
    if (Object.keys(all).length > 0) {
      setProblem(t('control.invalid'));
      return;
    }
    setProblem(null);
    setBusy(true);
    try {
      const area = await sendJson('POST', '/api/v1/areas', body, areaResponse);
      setDone(area);
      setName('');
      setKind('');
      setGeometry('');
      onCreated(area);
    } catch (error) {
      if (error instanceof ApiError && error.details.length > 0) {
        // Every defect of the geometry goes beside the one field that holds it.
        const geometryDefects = error.details.filter((d) => d.path.startsWith('geometry'));
        setErrors({
          ...Object.fromEntries(error.details.filter((d) => !d.path.startsWith('geometry')).map((d) => [d.path, detailText(d)])),
          ...(geometryDefects.length > 0 ? { geometry: geometryDefects.map(geometryText).join('; ') } : {}),
        });
      }
      setProblem(t('control.refused', { message: errorText(error) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="form" noValidate aria-labelledby="area-heading" onSubmit={(event) => void submit(event)}>
      <h2 id="area-heading">{t('control.areaForm')}</h2>
      <p>{t('control.areaIntro')}</p>
      {problem && (
        <p className="notice notice-error" role="alert">
          {problem}
        </p>
      )}
      {done && (
        <p className="notice notice-ok" role="status">
          {t('control.areaCreated', { name: done.name, km2: done.area_km2.toLocaleString(locale) })}
        </p>
      )}
      <div className="field-row">
        <Field label={t('control.areaName')} error={errors.name}>
          {(c) => (
            <input
              {...c}
              name="name"
              value={name}
              onChange={(e) => {
                setName(e.target.value);
                clear('name');
              }}
            />
          )}
        </Field>
        <Field label={t('control.areaKind')} error={errors.kind}>
          {(c) => (
            <select
              {...c}
              name="kind"
              value={kind}
              onChange={(e) => {
                setKind(e.target.value);
                clear('kind');
              }}
            >
              <option value="">{t('control.chooseKind')}</option>
              {KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`control.areaKindOption.${k}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <Field label={t('control.geometry')} hint={t('control.geometryHint')} error={errors.geometry}>
        {(c) => (
          <textarea
            {...c}
            name="geometry"
            rows={6}
            spellCheck={false}
            value={geometry}
            onChange={(e) => {
              setGeometry(e.target.value);
              clear('geometry');
            }}
          />
        )}
      </Field>
      <div className="actions">
        <button type="submit" disabled={busy}>
          {t('control.createArea')}
        </button>
      </div>
    </form>
  );
}
