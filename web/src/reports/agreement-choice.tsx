import { useTranslation } from 'react-i18next';
import type { AgreementResponse } from '@contract/agreements/agreement-schema.js';
import { coveringAgreement } from '../../../src/domain/compliance/covering-agreement.js';
import type { Resource } from '../api/use-resource.js';
import { Field } from './field.js';
import { NO_AGREEMENT } from './report-draft.js';

/**
 * Which agreement the report will count against: by default the one whose window covers the
 * time it was observed, found by the same rule the server applies; or another, or none.
 */
export function AgreementChoice({ agreements, observedAt, value, error, onChange }: { agreements: Resource<{ items: AgreementResponse[] }>; observedAt: string | undefined; value: string; error: string | undefined; onChange: (value: string) => void }) {
  const { t } = useTranslation();
  const items = agreements.state === 'ready' ? agreements.data.items : [];
  const covering = observedAt ? coveringAgreement(items.map((a) => ({ ...a, status: a.recorded_status })), observedAt) : null;
  const byTime = items.find((a) => a.id === covering);
  const failed = agreements.state === 'failed' ? t('reportForm.agreementsFailed', { message: agreements.error.message }) : undefined;
  return (
    <Field label={t('reportForm.agreement')} error={error ?? failed} hint={t('reportForm.agreementHint')}>
      {(c) => (
        <select {...c} name="agreement" value={value} onChange={(e) => onChange(e.target.value)}>
          <option value="">{byTime ? t('reportForm.agreementByTime', { title: byTime.title }) : t('reportForm.agreementByTimeNone')}</option>
          {items.map((a) => (
            <option key={a.id} value={a.id}>
              {a.title}
            </option>
          ))}
          <option value={NO_AGREEMENT}>{t('reportForm.agreementNone')}</option>
        </select>
      )}
    </Field>
  );
}
