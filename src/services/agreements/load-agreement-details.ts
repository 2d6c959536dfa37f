import type { Agreement } from '../../domain/agreement/agreement-records.js';
import { findPartiesByIds, listPositions, listTerms, listTransitions } from '../../store/queries/agreement-queries.js';
import type { ReadContext } from '../use-case-context.js';
import type { AgreementDetail } from './agreement-detail.js';

/** Loads parties, terms, positions and transitions for many agreements in four queries. */
export async function loadAgreementDetails(db: ReadContext['db'], agreements: readonly Agreement[]): Promise<AgreementDetail[]> {
  const ids = agreements.map((a) => a.id);
  const partyIds = [...new Set(agreements.flatMap((a) => [...a.party_ids, ...a.mediator_ids]))];
  const [parties, terms, positions, transitions] = await Promise.all([
    findPartiesByIds(db, partyIds),
    listTerms(db, ids),
    listPositions(db, ids),
    listTransitions(db, ids),
  ]);
  return agreements.map((agreement) => ({
    agreement,
    parties: parties.filter((p) => agreement.party_ids.includes(p.id) || agreement.mediator_ids.includes(p.id)),
    terms: terms.filter((t) => t.agreement_id === agreement.id),
    positions: positions.filter((p) => p.agreement_id === agreement.id),
    transitions: transitions.filter((t) => t.agreement_id === agreement.id),
  }));
}
