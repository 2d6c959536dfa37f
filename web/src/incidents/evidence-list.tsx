import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IncidentDetail } from './incident-detail-page.js';
import { EvidenceRelease } from './evidence-release.js';
import { DateTime } from '../ui/date-time.js';
import { allows, useSession } from '../session/session-store.js';

type Evidence = IncidentDetail['evidence'][number];

/**
 * Evidence as stored: a thumbnail for images, the SHA-256 it is stored under, its chain of
 * custody and how far it is released. A release answered by the server replaces the item shown.
 */
export function EvidenceList({ evidence: loaded }: { evidence: IncidentDetail['evidence'] }) {
  const { t } = useTranslation();
  const canRelease = allows(useSession(), 'evidence.release');
  const [released, setReleased] = useState<ReadonlyMap<string, Evidence>>(new Map());
  const evidence = loaded.map((e) => released.get(e.id) ?? e);
  if (evidence.length === 0) return <p className="muted">{t('incidents.noEvidence')}</p>;
  return (
    <ul className="evidence-list">
      {evidence.map((e) => (
        <li key={e.id} className="card evidence">
          {e.media_type.startsWith('image/') && (
            <a href={e.href} className="evidence-thumb">
              <img src={e.href} alt={t('incidents.evidenceImage', { name: e.original_name ?? e.sha256.slice(0, 12) })} loading="lazy" width="160" />
            </a>
          )}
          <dl className="facts">
            <div>
              <dt>SHA-256</dt>
              <dd>
                <a href={e.href}>
                  <code className="hash">{e.sha256}</code>
                </a>
              </dd>
            </div>
            <div>
              <dt>{t('incidents.mediaType')}</dt>
              <dd>
                {e.media_type} · {t('incidents.bytes', { count: e.size })}
              </dd>
            </div>
            {e.captured_at && (
              <div>
                <dt>{t('incidents.capturedAt')}</dt>
                <dd>
                  <DateTime iso={e.captured_at} />
                </dd>
              </div>
            )}
          </dl>
          <h3 className="small-heading">{t('incidents.custody')}</h3>
          <ol className="custody">
            {e.custody.map((c) => (
              <li key={`${c.event}-${c.at}-${c.actor}`}>
                {t(`custodyEvent.${c.event}`, { defaultValue: c.event })} · <code>{c.actor}</code> · <DateTime iso={c.at} />
                {c.note && <span className="muted"> — {c.note}</span>}
              </li>
            ))}
          </ol>
          <EvidenceRelease
            evidence={e}
            name={e.original_name ?? e.sha256.slice(0, 12)}
            canRelease={canRelease}
            onReleased={(next) => setReleased((m) => new Map(m).set(next.id, next))}
          />
        </li>
      ))}
    </ul>
  );
}
