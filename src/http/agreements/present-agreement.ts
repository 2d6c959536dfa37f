import type { Actor } from '../../domain/actor.js';
import { currentStatus } from '../../domain/agreement/agreement-lifecycle.js';
import type { AgreementTransition, Position, Term } from '../../domain/agreement/agreement-records.js';
import type { AgreementDetail } from '../../services/agreements/agreement-detail.js';
import { presentRecord } from '../common/present-record.js';
import type { AgreementResponse, PositionResponse, TermResponse, TransitionResponse } from './agreement-schema.js';

const DAY_MS = 86_400_000;

export function presentTerm(actor: Actor, term: Term): TermResponse {
  return presentRecord<TermResponse, 'term'>('term', term, undefined, actor);
}

export function presentPosition(actor: Actor, position: Position): PositionResponse {
  return presentRecord<PositionResponse, 'position'>('position', position, undefined, actor);
}

export function presentTransition(actor: Actor, transition: AgreementTransition): TransitionResponse {
  return presentRecord<TransitionResponse, 'agreement_transition'>('agreement_transition', transition, undefined, actor);
}

/**
 * The agreement as logged, its terms, positions and transitions as records of their own, and
 * what follows from them and the clock (derived in the policy's sense): the status now, the
 * day of the window, and the parties' names.
 */
export function presentAgreement(actor: Actor, detail: AgreementDetail, now: string): AgreementResponse {
  const { agreement, parties } = detail;
  const status = currentStatus(agreement, now);
  const latest = new Map<string, Position>();
  for (const position of detail.positions) latest.set(position.party_id, position);
  const inWindow = (status === 'in_force' || status === 'extended') && agreement.effective_at && agreement.expires_at;
  const nowMs = Date.parse(now);
  const record = presentRecord<Omit<AgreementResponse, 'status' | 'window' | 'parties' | 'terms' | 'positions' | 'position_history' | 'transitions'>, 'agreement'>('agreement', agreement, undefined, actor);
  return {
    ...record,
    status,
    window: inWindow
      ? {
          day: Math.max(1, Math.floor((nowMs - Date.parse(agreement.effective_at!)) / DAY_MS) + 1),
          of: Math.round((Date.parse(agreement.expires_at!) - Date.parse(agreement.effective_at!)) / DAY_MS),
          seconds_remaining: Math.max(0, Math.floor((Date.parse(agreement.expires_at!) - nowMs) / 1000)),
        }
      : null,
    parties: parties.map((p) => ({ id: p.id, name: p.name, kind: p.kind, role: agreement.mediator_ids.includes(p.id) ? 'mediator' : 'party' })),
    terms: detail.terms.map((t) => presentTerm(actor, t)),
    positions: [...latest.values()].map((p) => presentPosition(actor, p)),
    position_history: detail.positions.map((p) => presentPosition(actor, p)),
    transitions: detail.transitions.map((t) => presentTransition(actor, t)),
  };
}
