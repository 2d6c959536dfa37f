import { useTranslation } from 'react-i18next';
import { DateTime } from '../ui/date-time.js';
import { TableScroll } from '../ui/table-scroll.js';
import type { ControlClaim } from './control-claims-layer.js';

export interface ClaimRow {
  placeName: string;
  claim: ControlClaim;
}

/**
 * Claims and assessments as a table: on the map page the same facts as the map, readable without
 * seeing or pointing at it; on the control page the latest recorded. Each page words the basis its way.
 */
export function ClaimsTable({ rows, partyName, basisLabel, empty }: { rows: readonly ClaimRow[]; partyName: (id: string | null) => string; basisLabel: (basis: ControlClaim['basis']) => string; empty: string }) {
  const { t } = useTranslation();
  if (rows.length === 0) return <p className="muted">{empty}</p>;
  return (
    <TableScroll>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('map.place')}</th>
            <th scope="col">{t('map.basis')}</th>
            <th scope="col">{t('map.control')}</th>
            <th scope="col">{t('map.claimant')}</th>
            <th scope="col">{t('map.source')}</th>
            <th scope="col">{t('map.asOfColumn')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ placeName, claim }) => (
            <tr key={claim.id} data-claim={claim.id}>
              <th scope="row">{placeName}</th>
              <td>
                <span className={`basis basis-${claim.basis}`}>{basisLabel(claim.basis)}</span>
              </td>
              <td>{t(`controlStatus.${claim.status}`, { party: partyName(claim.controlled_by) })}</td>
              <td>{partyName(claim.claimant) || '—'}</td>
              <td>
                {claim.source}
                {claim.citation && (
                  <blockquote className="quote-inline" lang={claim.citation.lang}>
                    {claim.citation.quote}
                  </blockquote>
                )}
              </td>
              <td>
                <DateTime iso={claim.as_of} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
