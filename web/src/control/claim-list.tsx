import { useTranslation } from 'react-i18next';
import { townName } from '../../../src/domain/control/town-names.js';
import { isLanguage } from '../../../src/domain/languages.js';
import { partyName, type Party } from '../incidents/party-names.js';
import { ClaimsTable } from '../map/claims-table.js';
import type { ControlClaim } from './control-claim-form.js';

/** How many of the latest claims the page lists; the map and the exports show them all. */
export const RECENT_CLAIMS = 25;

/** The latest claims and assessments, newest first, each marked as one or the other. */
export function ClaimList({ claims, parties }: { claims: readonly ControlClaim[]; parties: readonly Party[] }) {
  const { t, i18n } = useTranslation();
  const lang = isLanguage(i18n.language) ? i18n.language : 'en';
  const recent = [...claims].sort((a, b) => b.as_of.localeCompare(a.as_of) || b.created_at.localeCompare(a.created_at)).slice(0, RECENT_CLAIMS);
  const rows = recent.map((claim) => ({ placeName: claim.geonames_id !== null ? townName(claim.geonames_id, claim.place_name, lang) : claim.place_name, claim }));
  return <ClaimsTable rows={rows} partyName={(id) => partyName(parties, id)} basisLabel={(basis) => t(`control.kind.${basis}`)} empty={t('control.none')} />;
}
