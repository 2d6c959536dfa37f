import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { evidenceResponse } from '@contract/reports/report-schema.js';
import { sendJson } from '../api/send-json.js';
import { errorText } from '../i18n/translate-error.js';
import type { IncidentDetail } from './incident-detail-page.js';

type Evidence = IncidentDetail['evidence'][number];
type Release = 'parties' | 'public';
type Step = { kind: 'idle' } | { kind: 'confirm'; release: Release } | { kind: 'sending'; release: Release } | { kind: 'done'; release: Release } | { kind: 'refused'; message: string };

function releaseOf(evidence: Evidence): 'internal' | Release {
  return evidence.public ? 'public' : evidence.releasable_to_parties ? 'parties' : 'internal';
}

/**
 * How far an evidence item travels, and, for the roles the API lets release evidence, the
 * buttons that let it reach the parties concerned or the public, each after a confirmation.
 * The server decides: its refusal is shown in the reader's language.
 */
export function EvidenceRelease({ evidence, name, canRelease, onReleased }: { evidence: Evidence; name: string; canRelease: boolean; onReleased: (next: Evidence) => void }) {
  const { t } = useTranslation();
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const confirmButton = useRef<HTMLButtonElement>(null);
  const current = releaseOf(evidence);
  // The button pressed gives way to the confirmation: the focus follows it there.
  useEffect(() => {
    if (step.kind === 'confirm') confirmButton.current?.focus();
  }, [step.kind]);
  // Public also reaches the parties: once public, there is nothing further to release.
  const offered = (['parties', 'public'] as const).filter((r) => (r === 'parties' ? current === 'internal' : current !== 'public'));

  const release = async (to: Release) => {
    setStep({ kind: 'sending', release: to });
    try {
      const url = `/api/v1/reports/${encodeURIComponent(evidence.report_id)}/evidence/${encodeURIComponent(evidence.id)}/release`;
      onReleased(await sendJson('POST', url, { release: to }, evidenceResponse));
      setStep({ kind: 'done', release: to });
    } catch (error) {
      setStep({ kind: 'refused', message: errorText(error) });
    }
  };

  return (
    // The evidence card is a grid of thumbnail and facts; the release runs across both.
    <div className="evidence-release" role="group" aria-label={t('casework.releaseActions', { name })}>
      <p>{t('casework.releaseState', { state: t(`casework.release_${current}`) })}</p>
      {canRelease && step.kind === 'confirm' && (
        <div className="notice notice-warning">
          <p>{t(`casework.confirm_${step.release}`)}</p>
          <div className="actions">
            <button ref={confirmButton} type="button" className="primary" onClick={() => void release(step.release)}>
              {t('casework.confirm')}
            </button>
            <button type="button" onClick={() => setStep({ kind: 'idle' })}>
              {t('casework.cancel')}
            </button>
          </div>
        </div>
      )}
      {canRelease && step.kind !== 'confirm' && offered.length > 0 && (
        <div className="actions">
          {offered.map((to) => (
            <button key={to} type="button" disabled={step.kind === 'sending'} onClick={() => setStep({ kind: 'confirm', release: to })}>
              {step.kind === 'sending' && step.release === to ? t('casework.releasing') : t(to === 'parties' ? 'casework.releaseParties' : 'casework.releasePublic')}
            </button>
          ))}
        </div>
      )}
      {step.kind === 'done' && (
        <p role="status" className="notice notice-ok">
          {t(`casework.released_${step.release}`)}
        </p>
      )}
      {step.kind === 'refused' && (
        <p role="alert" className="notice notice-error">
          {t('casework.refused', { message: step.message })}
        </p>
      )}
    </div>
  );
}
