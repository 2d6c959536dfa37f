import { ForbiddenError, InvalidInputError, NotFoundError } from '../../domain/domain-error.js';
import { recordFromRow } from '../../store/record-kinds.js';
import { assertIncidentTransition } from '../../domain/incidents/incident-status.js';
import type { DisputeEvidence, IncidentStatus } from '../../domain/incidents/incident-types.js';
import type { DisputeView } from './get-disputes.js';
import { findIncidentRow } from '../../store/queries/incident-queries.js';

import { newId } from '../new-id.js';
import { refreshContributions } from '../compliance/refresh-contributions.js';
import type { WriteContext } from '../use-case-context.js';

export interface FileDisputeInput {
  incident_id: string;
  statement: string;
  evidence?: DisputeEvidence[];
}

/** The liaison of the party a verified incident is attributed to contests the finding. */
export async function fileDispute(ctx: WriteContext, input: FileDisputeInput): Promise<DisputeView> {
  const incident = await findIncidentRow(ctx.db, input.incident_id);
  if (!incident || incident.merged_into) throw new NotFoundError('incident', input.incident_id);
  if (!ctx.actor.partyId || incident.attributed_party_id !== ctx.actor.partyId) {
    throw new ForbiddenError('only a liaison of the party the incident is attributed to may dispute it');
  }
  assertIncidentTransition(incident.status as IncidentStatus, 'disputed');
  const evidence = input.evidence ?? [];
  for (const [i, e] of evidence.entries()) {
    if (!e.sha256) continue;
    const found = await ctx.db.selectFrom('evidence').select('id').where('sha256', '=', e.sha256).executeTakeFirst();
    if (!found) throw new InvalidInputError(`evidence.${i}.sha256`, `no evidence with SHA-256 ${e.sha256}`);
  }
  const row = await ctx.records.insert('dispute', 'filed', {
    id: newId(),
    incident_id: incident.id,
    party_id: ctx.actor.partyId,
    filed_by: ctx.actor.id,
    statement: input.statement,
    evidence: JSON.stringify(evidence),
    status: 'disputed',
    ruling_rationale: null,
    ruled_by: null,
    ruled_at: null,
    created_at: ctx.now,
    updated_at: ctx.now,
  });
  await ctx.records.update('incident', 'disputed', incident.id, { status: 'disputed', updated_at: ctx.now });
  await refreshContributions(ctx, [incident.id]);
  return { dispute: recordFromRow('dispute', row), incident: { status: 'disputed' } };
}
