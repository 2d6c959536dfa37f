import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { incidentDetailResponse } from '@contract/incidents/incident-schema.js';
import type { AgreementResponse } from '@contract/agreements/agreement-schema.js';
import { AppLink } from '../app/app-link.js';
import { useContent } from '../i18n/content-store.js';
import { LocalizedText } from '../i18n/localized-text.js';
import { partyName, type Party } from '../incidents/party-names.js';
import { DateTime } from '../ui/date-time.js';
import { SyntheticBadge } from '../ui/synthetic-badge.js';
import type { Decision } from './decision-form.js';
import { personLabel } from './people.js';

export type IncidentDetail = z.infer<typeof incidentDetailResponse>;

/**
 * A decision waiting for a second verifier, in full: what a verifier approves is what they read here.
 * Approve is offered only to a verifier who neither proposed nor already approved it.
 */
export function PendingDecision({
  incident,
  decision,
  idLength,
  place,
  parties,
  agreement,
  me,
  decides,
  onApprove,
  onPropose,
}: {
  incident: IncidentDetail;
  decision: Decision;
  idLength: number;
  place: string;
  /** In the reader's language. */
  parties: readonly Party[];
  agreement: AgreementResponse | undefined;
  me: string;
  decides: boolean;
  onApprove: () => void;
  /** A new proposal supersedes this one: the API's way to disagree with it. */
  onPropose: () => void;
}) {
  const { t } = useTranslation();
  const content = useContent();
  const shortId = incident.id.slice(0, idLength);
  const own = decision.proposed_by === me;
  const approved = decision.approvals.some((a) => a.verifier === me);
  const attribution = decision.attribution.party_id
    ? t('incidents.attributedTo', { party: partyName(parties, decision.attribution.party_id), confidence: decision.attribution.confidence ? t(`confidence.${decision.attribution.confidence}`) : '—' })
    : decision.attribution.not_attributable
      ? t('incidents.notAttributable')
      : t('queue.noAttribution');
  const terms = decision.terms_breached.map((id) => ({ id, term: agreement?.terms.find((term) => term.id === id) }));
  return (
    <article className="card pending-decision" data-incident={incident.id} aria-labelledby={`pending-${incident.id}`}>
      <h3 id={`pending-${incident.id}`}>
        <AppLink href={`/incidents/${encodeURIComponent(incident.id)}`}>
          <code>{shortId}</code>
        </AppLink>{' '}
        {t(`reportKind.${incident.kind}`)} · {place} {incident.synthetic && <SyntheticBadge />}
      </h3>
      <p className="muted">
        {t('queue.observed')}: <DateTime iso={incident.first_observed_at} /> · {t('incidents.reportCount', { count: incident.report_count })} · {t('queue.corroboration')}: {incident.corroboration}
      </p>
      <dl className="facts">
        <div>
          <dt>{t('queue.proposedOutcome')}</dt>
          <dd>{t(`decisionOutcome.${decision.outcome}`)}</dd>
        </div>
        <div>
          <dt>{t('incidents.attribution')}</dt>
          <dd>{attribution}</dd>
        </div>
        <div>
          <dt>{t('incidents.credibility')}</dt>
          <dd>{decision.credibility}</dd>
        </div>
        <div>
          <dt>{t('queue.proposedBy')}</dt>
          <dd>
            {personLabel(decision.proposed_by, me, t)} · <DateTime iso={decision.created_at} />
          </dd>
        </div>
        <div>
          <dt>{t('incidents.approvals')}</dt>
          <dd>{t('queue.approvalsOf', { count: decision.approvals.length, who: decision.approvals.map((a) => personLabel(a.verifier, me, t)).join(', ') })}</dd>
        </div>
      </dl>
      <h4 className="small-heading">{t('queue.proposedRationale')}</h4>
      <p className="rationale">{decision.rationale}</p>
      <h4 className="small-heading">{t('queue.checks')}</h4>
      {decision.checks.length === 0 ? (
        <p className="muted">{t('queue.noChecks')}</p>
      ) : (
        <ul className="checks">
          {decision.checks.map((c) => (
            <li key={c.check}>
              {t(`checkKind.${c.check}`)}: {t(`checkResult.${c.result}`)}
              {c.notes && <span className="muted"> — {c.notes}</span>}
            </li>
          ))}
        </ul>
      )}
      <h4 className="small-heading">{t('queue.termsBreached')}</h4>
      {terms.length === 0 ? (
        <p className="muted">{t('queue.noTermsBreached')}</p>
      ) : (
        <ul className="plain terms-breached">
          {terms.map(({ id, term }) => (
            <li key={id}>{term ? <>{term.code} — <LocalizedText content={content.text('term', term.id, 'text', term.text)} /></> : id}</li>
          ))}
        </ul>
      )}
      {decides && (
        <div className="actions">
          {own ? (
            <p className="muted">{t('queue.ownProposal')}</p>
          ) : approved ? (
            <p className="muted">{t('queue.alreadyApproved')}</p>
          ) : (
            <button type="button" className="primary" aria-label={t('queue.approveFor', { id: shortId })} onClick={onApprove}>
              {t('queue.approve')}
            </button>
          )}
          <button type="button" aria-label={t('queue.proposeInsteadFor', { id: shortId })} onClick={onPropose}>
            {t('queue.proposeInstead')}
          </button>
        </div>
      )}
    </article>
  );
}
