import { useTranslation } from 'react-i18next';
import { Field } from './field.js';
import type { FieldErrors } from './field-errors.js';
import type { ReportDraft } from './report-draft.js';

/** The report's details: count, weapon, casualties and the narrative. */
export function ReportDetails({ draft, errors, set }: { draft: ReportDraft; errors: FieldErrors; set: (patch: Partial<ReportDraft>) => void }) {
  const { t } = useTranslation();
  const casualties = [
    ['civilian_killed', 'reportForm.civilianKilled'],
    ['civilian_injured', 'reportForm.civilianInjured'],
    ['military_killed', 'reportForm.militaryKilled'],
    ['military_injured', 'reportForm.militaryInjured'],
  ] as const;
  return (
    <fieldset>
      <legend>{t('reportForm.details')}</legend>
      <div className="field-row">
        <Field label={t('reportForm.count')} error={errors.count}>
          {(c) => <input {...c} name="count" type="number" min={0} step={1} value={draft.count} onChange={(e) => set({ count: e.target.value })} />}
        </Field>
        <Field label={t('reportForm.weapon')} error={errors.weapon}>
          {(c) => <input {...c} name="weapon" value={draft.weapon} onChange={(e) => set({ weapon: e.target.value })} />}
        </Field>
      </div>
      <fieldset className="casualties">
        <legend>{t('reportForm.casualties')}</legend>
        <div className="field-row">
          {casualties.map(([key, label]) => (
            <Field key={key} label={t(label)} error={errors[`casualties.${key}`]}>
              {(c) => <input {...c} name={key} type="number" min={0} step={1} value={draft[key]} onChange={(e) => set({ [key]: e.target.value })} />}
            </Field>
          ))}
        </div>
      </fieldset>
      <Field label={t('reportForm.narrative')} error={errors.narrative}>
        {(c) => <textarea {...c} name="narrative" rows={5} value={draft.narrative} onChange={(e) => set({ narrative: e.target.value })} />}
      </Field>
    </fieldset>
  );
}
