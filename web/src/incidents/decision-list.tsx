import { useTranslation } from 'react-i18next';
import type { IncidentDetail } from './incident-detail-page.js';
import { localizeParties, partyName, type Party } from './party-names.js';
import { DateTime } from '../ui/date-time.js';
import { useContent } from '../i18n/content-store.js';

/** Decisions with their checks, approvals (four eyes) and attribution; then any dispute and its ruling. */
export function DecisionList({ decisions, disputes, parties: original }: { decisions: IncidentDetail['decisions']; disputes: IncidentDetail['disputes']; parties: Party[] }) {
  const { t } = useTranslation();
  const parties = localizeParties(original, useContent());
  return (
    <>
      {decisions.length === 0 && <p className="muted">{t('incidents.noDecisions')}</p>}
      {decisions.map((d) => (
        <article key={d.id} className="card decision">
          <h3>
            {t(`decisionOutcome.${d.outcome}`)} <span className="status">{t(`decisionStatus.${d.status}`)}</span>
          </h3>
          <p>{d.rationale}</p>
          <dl className="facts">
            <div>
              <dt>{t('incidents.attribution')}</dt>
              <dd>
                {d.attribution.party_id === null
                  ? t('incidents.notAttributable')
                  : t('incidents.attributedTo', { party: partyName(parties, d.attribution.party_id), confidence: d.attribution.confidence ? t(`confidence.${d.attribution.confidence}`) : '—' })}
              </dd>
            </div>
            <div>
              <dt>{t('incidents.credibility')}</dt>
              <dd>{d.credibility}</dd>
            </div>
            <div>
              <dt>{t('incidents.approvals')}</dt>
              <dd>
                <ul className="plain">
                  {/* People by role and order, "Verifier A", "Verifier B"; the id (a pseudonym for the public) stays beside it, to match with the log. */}
                  {d.approvals.map((a, i) => (
                    <li key={a.verifier}>
                      {t('incidents.verifierLabel', { letter: String.fromCharCode(65 + i) })} · <DateTime iso={a.at} />
                      <div>
                        <code className="muted small">{a.verifier}</code>
                      </div>
                    </li>
                  ))}
                </ul>
              </dd>
            </div>
          </dl>
          {d.checks.length > 0 && (
            <ul className="checks">
              {d.checks.map((c) => (
                <li key={c.check}>
                  {t(`checkKind.${c.check}`)}: {t(`checkResult.${c.result}`)}
                  {c.notes && <span className="muted"> — {c.notes}</span>}
                </li>
              ))}
            </ul>
          )}
        </article>
      ))}
      {disputes.map((d) => (
        <article key={d.id} className="card dispute">
          <h3>
            {t('incidents.dispute', { party: partyName(parties, d.party_id) })} <span className="status">{t(`incidentStatus.${d.status}`)}</span>
          </h3>
          <p>{d.statement}</p>
          {d.ruling_rationale && (
            <p>
              <strong>{t('incidents.ruling')}</strong> {d.ruling_rationale} {d.ruled_at && <DateTime iso={d.ruled_at} />}
            </p>
          )}
        </article>
      ))}
    </>
  );
}
