import type { Party } from '../../domain/agreement/agreement-records.js';
import type { PartyResponse } from './party-schema.js';

export function presentParty(party: Party): PartyResponse {
  return { ...party };
}
