import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { partyResponse } from '@contract/parties/party-schema.js';
import { CONTESTED_COLOR, INCIDENT_COLOR, INCIDENT_OUTLINE, UNKNOWN_COLOR } from '../../../src/domain/agreement/party-colors.js';
import { useContent } from '../i18n/content-store.js';
import { localizeParties } from '../incidents/party-names.js';

/** The legend draws the two styles exactly as the map does: solid for assessed, hollow dashed for claimed. */
export function MapLegend({ parties: original, colors }: { parties: z.infer<typeof partyResponse>[]; colors: Map<string, string> }) {
  const { t } = useTranslation();
  const parties = localizeParties(original, useContent());
  const swatches = [
    ...parties.filter((p) => p.kind !== 'mediator').map((p) => ({ label: t('controlStatus.controlled_by', { party: p.name }), color: colors.get(p.id) ?? UNKNOWN_COLOR })),
    { label: t('controlStatus.contested'), color: CONTESTED_COLOR },
    { label: t('controlStatus.unknown'), color: UNKNOWN_COLOR },
  ];
  return (
    <aside className="legend" aria-labelledby="legend-heading">
      <h2 id="legend-heading">{t('map.legend')}</h2>
      <ul>
        <li>
          <svg width="30" height="30" aria-hidden="true" className="legend-symbol">
            <circle cx="15" cy="15" r="9" fill="#777" stroke="#1b1b1b" strokeWidth="1.5" />
          </svg>
          {t('map.legendAssessed')}
        </li>
        <li>
          <svg width="30" height="30" aria-hidden="true" className="legend-symbol">
            <circle cx="15" cy="15" r="12" fill="none" stroke="#777" strokeWidth="2.5" strokeDasharray="6 5" />
          </svg>
          {t('map.legendClaimed')}
        </li>
      </ul>
      <ul>
        {swatches.map((s) => (
          <li key={s.label}>
            <svg width="30" height="16" aria-hidden="true" className="legend-symbol">
              <rect x="4" y="2" width="22" height="12" rx="2" fill={s.color} />
            </svg>
            {s.label}
          </li>
        ))}
      </ul>
      <ul>
        <li>
          <svg width="30" height="30" aria-hidden="true" className="legend-symbol">
            <polygon points="15,2 27,9 27,21 15,28 3,21 3,9" fill={INCIDENT_COLOR} fillOpacity="0.5" stroke={INCIDENT_OUTLINE} />
          </svg>
          {t('incidents.legendHex')}
        </li>
        <li>
          <svg width="30" height="30" aria-hidden="true" className="legend-symbol">
            <circle cx="15" cy="15" r="6" fill={INCIDENT_COLOR} stroke="#fff" strokeWidth="2" />
          </svg>
          {t('incidents.legendMarker')}
        </li>
        <li>
          <svg width="30" height="30" aria-hidden="true" className="legend-symbol">
            <circle cx="15" cy="15" r="13" fill={INCIDENT_OUTLINE} stroke="#fff" strokeWidth="2" />
            <text x="15" y="19" textAnchor="middle" fontSize="11" fontWeight="700" fill="#fff">
              12
            </text>
          </svg>
          {t('incidents.legendCluster')}
        </li>
      </ul>
      <p className="muted small">{t('map.legendTowns')}</p>
    </aside>
  );
}
