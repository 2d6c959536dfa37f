import { useTranslation } from 'react-i18next';
import { DateTime } from '../ui/date-time.js';
import type { ControlClaim, PlaceControl } from './control-claims-layer.js';
import { TableScroll } from '../ui/table-scroll.js';

/** The same facts as the map, as a table: readable without seeing or pointing at the map. */
export function ClaimsTable({ places, names }: { places: PlaceControl[]; names: Map<string, string> }) {
  const { t } = useTranslation();
  const rows = places.flatMap((place) => [...(place.assessment ? [place.assessment] : []), ...place.claims_since].map((claim) => ({ place, claim })));
  if (rows.length === 0) return <p className="muted">{t('map.noClaims')}</p>;
  const party = (id: string | null) => (id === null ? '' : (names.get(id) ?? id));
  const status = (claim: ControlClaim) => t(`controlStatus.${claim.status}`, { party: party(claim.controlled_by) });
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
          {rows.map(({ place, claim }) => (
            <tr key={claim.id}>
              <th scope="row">{place.place_name}</th>
              <td>
                <span className={`basis basis-${claim.basis}`}>{t(`controlBasis.${claim.basis}`)}</span>
              </td>
              <td>{status(claim)}</td>
              <td>{party(claim.claimant) || '—'}</td>
              <td>
                {claim.source}
                {claim.citation && <blockquote className="quote-inline">{claim.citation.quote}</blockquote>}
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
