import { useTranslation } from 'react-i18next';
import { townName } from '../../../src/domain/control/town-names.js';
import { isLanguage } from '../../../src/domain/languages.js';
import { partyName, type Party } from '../incidents/party-names.js';
import { DateTime } from '../ui/date-time.js';
import { TableScroll } from '../ui/table-scroll.js';
import type { ControlClaim } from './control-claim-form.js';

/** How many of the latest claims the page lists; the map and the exports show them all. */
export const RECENT_CLAIMS = 25;

/** The latest claims and assessments, newest first, each marked as one or the other. */
export function ClaimList({ claims, parties }: { claims: readonly ControlClaim[]; parties: readonly Party[] }) {
  const { t, i18n } = useTranslation();
  const lang = isLanguage(i18n.language) ? i18n.language : 'en';
  if (claims.length === 0) return <p className="muted">{t('control.none')}</p>;
  const recent = [...claims].sort((a, b) => b.as_of.localeCompare(a.as_of) || b.created_at.localeCompare(a.created_at)).slice(0, RECENT_CLAIMS);
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
          {recent.map((claim) => (
            <tr key={claim.id} data-claim={claim.id}>
              <th scope="row">{claim.geonames_id !== null ? townName(claim.geonames_id, claim.place_name, lang) : claim.place_name}</th>
              <td>
                <span className={`basis basis-${claim.basis}`}>{t(`control.kind.${claim.basis}`)}</span>
              </td>
              <td>{t(`controlStatus.${claim.status}`, { party: partyName(parties, claim.controlled_by) })}</td>
              <td>{partyName(parties, claim.claimant) || '—'}</td>
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
