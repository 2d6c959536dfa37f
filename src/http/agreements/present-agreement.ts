import { currentStatus } from '../../domain/agreement/agreement-lifecycle.js';
import type { Position } from '../../domain/agreement/agreement-records.js';
import type { AgreementDetail } from '../../services/agreements/agreement-detail.js';
import type { AgreementResponse } from './agreement-schema.js';

const DAY_MS = 86_400_000;

export function presentAgreement(detail: AgreementDetail, now: string): AgreementResponse {
  const { agreement, parties } = detail;
  const status = currentStatus(agreement, now);
  const latest = new Map<string, Position>();
  for (const position of detail.positions) latest.set(position.party_id, position);
  const inWindow = (status === 'in_force' || status === 'extended') && agreement.effective_at && agreement.expires_at;
  const nowMs = Date.parse(now);
  return {
    ...agreement,
    status,
    recorded_status: agreement.status,
    window: inWindow
      ? {
          day: Math.max(1, Math.floor((nowMs - Date.parse(agreement.effective_at!)) / DAY_MS) + 1),
          of: Math.round((Date.parse(agreement.expires_at!) - Date.parse(agreement.effective_at!)) / DAY_MS),
          seconds_remaining: Math.max(0, Math.floor((Date.parse(agreement.expires_at!) - nowMs) / 1000)),
        }
      : null,
    parties: parties.map((p) => ({ id: p.id, name: p.name, kind: p.kind, role: agreement.mediator_ids.includes(p.id) ? 'mediator' : 'party' })),
    terms: detail.terms,
    positions: [...latest.values()],
    position_history: detail.positions,
    transitions: detail.transitions,
  };
}
