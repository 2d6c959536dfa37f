import { NotFoundError } from '../../domain/domain-error.js';
import { PUBLISHED_STATUSES, type Dispute, type Incident } from '../../domain/incidents/incident-types.js';
import { isVisible } from '../../domain/policy/disclose-record.js';
import { disputePolicy } from '../../domain/policy/disclosure/dispute-policy.js';
import { visibilityFilter } from '../../domain/policy/visibility-filter.js';
import { recordFromRow } from '../../store/record-kinds.js';
import type { ReadContext } from '../use-case-context.js';

/** A dispute with what its disclosure depends on: whether the finding it contests is published. */
export interface DisputeView {
  dispute: Dispute;
  incident: Pick<Incident, 'status'>;
}

/** Disputes the actor may see, as the dispute policy says: all for the mission's staff; a party's own, and those on published findings, otherwise. */
export async function getDisputes(ctx: ReadContext): Promise<DisputeView[]> {
  const filter = visibilityFilter(disputePolicy, ctx.actor);
  let query = ctx.db.selectFrom('disputes').innerJoin('incidents', 'incidents.id', 'disputes.incident_id').selectAll('disputes').select('incidents.status as incident_status');
  if (!filter.all) {
    query = query.where((eb) =>
      eb.or([
        ...(filter.filingParty ? [eb('disputes.party_id', '=', filter.filingParty)] : []),
        ...(filter.published ? [eb('incidents.status', 'in', [...PUBLISHED_STATUSES])] : []),
        ...(filter.owner ? [eb('disputes.filed_by', '=', filter.owner)] : []),
        eb.lit(false),
      ]),
    );
  }
  const rows = await query.orderBy('disputes.created_at', 'desc').orderBy('disputes.id').limit(1000).execute();
  return rows.map(({ incident_status, ...row }) => ({ dispute: recordFromRow('dispute', row), incident: { status: incident_status as Incident['status'] } }));
}

export async function getDispute(ctx: ReadContext, input: { id: string }): Promise<DisputeView> {
  const row = await ctx.db.selectFrom('disputes').selectAll().where('id', '=', input.id).executeTakeFirst();
  const incident = row && (await ctx.db.selectFrom('incidents').select('status').where('id', '=', row.incident_id).executeTakeFirst());
  if (!row || !incident) throw new NotFoundError('dispute', input.id);
  const view = { dispute: recordFromRow('dispute', row), incident: { status: incident.status as Incident['status'] } };
  if (!isVisible('dispute', view.dispute, view, ctx.actor)) throw new NotFoundError('dispute', input.id);
  return view;
}
