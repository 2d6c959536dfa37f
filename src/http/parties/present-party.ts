import type { Actor } from '../../domain/actor.js';
import type { Party } from '../../domain/agreement/agreement-records.js';
import { presentRecord } from '../common/present-record.js';
import type { PartyResponse } from './party-schema.js';

export function presentParty(actor: Actor, party: Party): PartyResponse {
  return presentRecord<PartyResponse, 'party'>('party', party, undefined, actor);
}
