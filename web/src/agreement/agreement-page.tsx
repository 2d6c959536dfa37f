import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { agreementResponse } from '@contract/agreements/agreement-schema.js';
import { fetchJson } from '../api/fetch-json.js';
import { useResource } from '../api/use-resource.js';
import { useDocumentTitle } from '../app/use-document-title.js';
import { useContent } from '../i18n/content-store.js';
import { LocalizedText } from '../i18n/localized-text.js';
import { CitationQuote } from '../ui/citation-quote.js';
import { DateTime } from '../ui/date-time.js';
import { LoadFailure } from '../ui/load-failure.js';
import { SyntheticBadge } from '../ui/synthetic-badge.js';
import { AgreementWindow } from './agreement-window.js';
import { partyNames, type Agreement, type Position } from './agreement-types.js';
import { ConditionActions } from './condition-actions.js';
import { PositionCard } from './position-card.js';
import { PositionHistory } from './position-history.js';
import { TermsTable } from './terms-table.js';
import { TransitionForm } from './transition-form.js';
import { TransitionList } from './transition-list.js';

const agreementList = z.object({ items: z.array(agreementResponse) });

/** The agreement asked for, or else the one that matters now: in force first, then the latest proposed. */
async function loadAgreement(agreementId: string | null, signal: AbortSignal): Promise<Agreement | null> {
  if (agreementId) return fetchJson(`/api/v1/agreements/${encodeURIComponent(agreementId)}`, agreementResponse, signal);
  const { items } = await fetchJson('/api/v1/agreements', agreementList, signal);
  const rank = (a: Agreement) => (a.status === 'in_force' || a.status === 'extended' ? 0 : a.status === 'proposed' ? 1 : 2);
  return [...items].sort((a, b) => rank(a) - rank(b) || b.updated_at.localeCompare(a.updated_at))[0] ?? null;
}

export function AgreementPage({ agreementId }: { agreementId: string | null }) {
  const { t } = useTranslation();
  const resource = useResource(`agreement:${agreementId ?? ''}`, (signal) => loadAgreement(agreementId, signal));
  const content = useContent();
  useDocumentTitle(resource.state === 'ready' && resource.data ? content.text('agreement', resource.data.id, 'title', resource.data.title).text : t('agreement.pageTitle'));
  if (resource.state === 'loading') return <p role="status">{t('common.loading')}</p>;
  if (resource.state === 'failed') return <LoadFailure error={resource.error} onRetry={resource.reload} />;
  if (!resource.data) {
    return (
      <>
        <h1>{t('agreement.pageTitle')}</h1>
        <p>{t('agreement.none')}</p>
      </>
    );
  }
  return <AgreementView key={resource.data.id} initial={resource.data} />;
}

function AgreementView({ initial }: { initial: Agreement }) {
  const { t } = useTranslation();
  const content = useContent();
  // A mediator's action answers with the changed record: the page shows it without loading again.
  const [agreement, setAgreement] = useState(initial);
  const [notice, setNotice] = useState<string | null>(null);
  const resolved = (position: Position, message: string) => {
    const replace = (list: Position[]) => list.map((p) => (p.id === position.id ? position : p));
    setAgreement({ ...agreement, positions: replace(agreement.positions), position_history: replace(agreement.position_history) });
    setNotice(message);
  };
  const names = partyNames(agreement, content);
  const name = (id: string) => names.get(id) ?? id;
  const parties = agreement.parties.filter((p) => p.role === 'party');
  const mediators = agreement.parties.filter((p) => p.role === 'mediator');
  const byParty = new Map(agreement.positions.map((p) => [p.party_id, p]));
  // Parties first, then mediators: whose consent the agreement needs comes first.
  const positions = [...parties, ...mediators].flatMap((p) => {
    const position = byParty.get(p.id);
    return position ? [position] : [];
  });
  return (
    <article className="agreement">
      <header className="page-header">
        <p className="eyebrow">{t(`agreementKind.${agreement.kind}`)}</p>
        <h1>
          <LocalizedText content={content.text('agreement', agreement.id, 'title', agreement.title)} />
        </h1>
        {agreement.synthetic && <SyntheticBadge />}
        {content.hasUnofficial && <p className="muted small">{t('content.unofficialNote')}</p>}
      </header>

      <section className="summary" aria-label={t('agreement.status')}>
        <dl className="facts">
          <div>
            <dt>{t('agreement.status')}</dt>
            <dd>
              <span className={`status status-${agreement.status}`}>{t(`agreementStatus.${agreement.status}`)}</span>
            </dd>
          </div>
          <div>
            <dt>{t('agreement.durationLabel')}</dt>
            <dd>{t('agreement.duration', { count: agreement.duration_days })}</dd>
          </div>
          <Fact label={t('agreement.proposedAt')} iso={agreement.proposed_at} />
          <Fact label={t('agreement.effectiveAt')} iso={agreement.effective_at} />
          <Fact label={t('agreement.expiresAt')} iso={agreement.expires_at} />
          <div>
            <dt>{t('agreement.parties')}</dt>
            <dd>{parties.map((p) => name(p.id)).join(', ')}</dd>
          </div>
          <div>
            <dt>{t('agreement.mediators')}</dt>
            <dd>{mediators.length > 0 ? mediators.map((p) => name(p.id)).join(', ') : t('common.none')}</dd>
          </div>
        </dl>
        <AgreementWindow agreement={agreement} />
      </section>

      <section aria-labelledby="positions-heading">
        <h2 id="positions-heading">{t('agreement.positions')}</h2>
        <p className="muted">{t('agreement.positionsHint')}</p>
        <div aria-live="polite">
          {notice && (
            <p className="notice notice-ok" role="status">
              {notice}
            </p>
          )}
        </div>
        <div className="positions">
          {positions.map((position) => (
            <PositionCard
              key={position.id}
              position={position}
              partyName={name(position.party_id)}
              conditionActions={(condition, number) => <ConditionActions position={position} condition={condition} label={{ number, party: name(position.party_id) }} onResolved={resolved} />}
            />
          ))}
        </div>
      </section>

      <TransitionForm agreement={agreement} names={names} onChanged={setAgreement} />

      <section aria-labelledby="terms-heading">
        <h2 id="terms-heading">{t('agreement.terms')}</h2>
        <TermsTable terms={agreement.terms} names={names} />
      </section>

      <section aria-labelledby="history-heading">
        <h2 id="history-heading">{t('agreement.positionHistory')}</h2>
        <p className="muted">{t('agreement.positionHistoryHint')}</p>
        <PositionHistory agreement={agreement} names={names} />
      </section>

      <section aria-labelledby="transitions-heading">
        <h2 id="transitions-heading">{t('agreement.statusHistory')}</h2>
        <TransitionList transitions={agreement.transitions} />
      </section>

      {agreement.citations.length > 0 && (
        <section aria-labelledby="sources-heading">
          <h2 id="sources-heading">{t('agreement.sources')}</h2>
          {agreement.citations.map((citation) => (
            <CitationQuote key={citation.quote} citation={citation} />
          ))}
        </section>
      )}
    </article>
  );
}

function Fact({ label, iso }: { label: string; iso: string | null }) {
  const { t } = useTranslation();
  return (
    <div>
      <dt>{label}</dt>
      <dd>{iso ? <DateTime iso={iso} /> : <span className="muted">{t('agreement.notSet')}</span>}</dd>
    </div>
  );
}
