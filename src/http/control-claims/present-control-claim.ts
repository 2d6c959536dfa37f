import type { Actor } from '../../domain/actor.js';
import type { ControlClaim } from '../../domain/control/control-types.js';
import { presentRecord } from '../common/present-record.js';
import type { ControlClaimResponse } from './control-claim-schema.js';

export function presentControlClaim(actor: Actor, claim: ControlClaim): ControlClaimResponse {
  return presentRecord<ControlClaimResponse, 'control_claim'>('control_claim', claim, undefined, actor);
}
