import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { positionResponse, resolveConditionBody } from '@contract/agreements/agreement-schema.js';
import { ApiError } from '../api/fetch-json.js';
import { sendJson } from '../api/send-json.js';
import { detailText, errorText } from '../i18n/translate-error.js';
import { Field } from '../reports/field.js';
import { fieldErrors, type FieldErrors } from '../reports/field-errors.js';
import { allows, useSession } from '../session/session-store.js';
import type { Condition, Position } from './agreement-types.js';

type Resolution = (typeof resolveConditionBody.shape.status.options)[number];

/**
 * A mediator's buttons to mark an open condition met or waived, with an optional note; nothing for
 * anyone else or a condition already resolved. The server's answer replaces the position.
 */
export function ConditionActions({
  position,
  condition,
  label,
  onResolved,
}: {
  position: Position;
  condition: Condition;
  /** Names the condition among the agreement's: its number and its party. */
  label: { number: number; party: string };
  onResolved: (position: Position, message: string) => void;
}) {
  const { t } = useTranslation();
  const session = useSession();
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [refusal, setRefusal] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (condition.status !== 'open' || !allows(session, 'condition.resolve')) return null;

  const resolve = async (status: Resolution) => {
    const body = { status, note: note.trim() === '' ? null : note };
    const parsed = resolveConditionBody.safeParse(body);
    if (!parsed.success) {
      setErrors(fieldErrors(parsed.error, t));
      return;
    }
    setErrors({});
    setRefusal(null);
    setBusy(true);
    try {
      const url = `/api/v1/agreements/${encodeURIComponent(position.agreement_id)}/positions/${encodeURIComponent(position.id)}/conditions/${encodeURIComponent(condition.id)}`;
      const updated = await sendJson('POST', url, body, positionResponse);
      onResolved(updated, t('agreementActions.resolved', { ...label, status: t(`conditionStatus.${status}`) }));
    } catch (error) {
      // The rule the server names goes beside its field as well as above the form.
      if (error instanceof ApiError && error.details.length > 0) setErrors(Object.fromEntries(error.details.map((d) => [d.path, detailText(d)])));
      setRefusal(t('agreementActions.refused', { message: errorText(error) }));
      setBusy(false);
    }
  };

  return (
    // Enter in the note chooses neither outcome: the mediator presses the one meant.
    <form className="field-row condition-actions" noValidate aria-label={t('agreementActions.resolveFor', label)} onSubmit={(event) => event.preventDefault()}>
      {refusal && (
        <p className="notice notice-error" role="alert">
          {refusal}
        </p>
      )}
      <Field label={t('agreementActions.note')} error={errors.note}>
        {(c) => <input {...c} name="note" value={note} onChange={(e) => setNote(e.target.value)} />}
      </Field>
      <div className="actions">
        <button type="button" disabled={busy} onClick={() => void resolve('met')}>
          {t('agreementActions.markMet')}
        </button>
        <button type="button" disabled={busy} onClick={() => void resolve('waived')}>
          {t('agreementActions.waive')}
        </button>
      </div>
    </form>
  );
}
