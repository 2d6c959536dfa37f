import { InvalidInputError, NotFoundError, RuleViolationError } from '../../domain/domain-error.js';
import { assertRegroupable } from '../../domain/incidents/incident-status.js';
import { findIncidentRow } from '../../store/queries/incident-queries.js';
import { refreshContributions } from '../compliance/refresh-contributions.js';
import type { WriteContext } from '../use-case-context.js';
import { getIncident, type IncidentDetail } from './get-incident.js';
import { incidentAggregate } from './incident-aggregate.js';
import { keepFourEyesAfterRegrouping } from './keep-four-eyes-after-regrouping.js';

export interface MergeIncidentsInput {
  id: string;
  incident_ids: string[];
}

/**
 * Merges incidents into one: their reports move to it (each move logged) and they point to it
 * from then on. Pending decisions on any of them are superseded, and whoever reported into a
 * merged incident before stays barred from approving on the one it joined.
 */
export async function mergeIncidents(ctx: WriteContext, input: MergeIncidentsInput): Promise<IncidentDetail> {
  const target = await findIncidentRow(ctx.db, input.id);
  if (!target) throw new NotFoundError('incident', input.id);
  assertRegroupable(target.status as never);
  const others = [...new Set(input.incident_ids)];
  if (others.includes(input.id)) throw new InvalidInputError('incident_ids', 'an incident cannot be merged into itself');
  for (const [i, id] of others.entries()) {
    const other = await findIncidentRow(ctx.db, id);
    if (!other) throw new InvalidInputError(`incident_ids.${i}`, `unknown incident ${id}`);
    if (other.merged_into) throw new InvalidInputError(`incident_ids.${i}`, `incident ${id} was already merged into ${other.merged_into}`);
    assertRegroupable(other.status as never, `incident_ids.${i}`);
  }
  // Its agreement, time and place come from an assessment, not from reports: recomputing them from reports would lose them.
  const fromAssessment = await ctx.db.selectFrom('territorial_changes').select('incident_id').where('incident_id', 'in', [input.id, ...others]).executeTakeFirst();
  if (fromAssessment) {
    throw new RuleViolationError('territorial_change_stands_alone', `incident ${fromAssessment.incident_id} was opened by a territorial change and is not merged with others`, 'incident_ids');
  }
  const moving = await ctx.db.selectFrom('reports').selectAll().where('incident_id', 'in', others).execute();
  const moved = moving.map(({ log_index: _index, ...r }) => ({ ...r, incident_id: input.id }));
  await ctx.records.updateMany('report', 'moved', moved, ['incident_id']);
  for (const id of others) await ctx.records.update('incident', 'merged_away', id, { merged_into: input.id, report_count: 0, updated_at: ctx.now });
  const carried = await ctx.db.selectFrom('incident_former_reporters').select('actor_id').where('incident_id', 'in', others).execute();
  await keepFourEyesAfterRegrouping(ctx, { touched: [input.id, ...others], formerReporters: new Map([[input.id, carried.map((r) => r.actor_id)]]) });
  const all = await ctx.db.selectFrom('reports').selectAll().where('incident_id', '=', input.id).execute();
  await ctx.records.update('incident', 'merged', input.id, { ...incidentAggregate(all), updated_at: ctx.now });
  await refreshContributions(ctx, [input.id, ...others]);
  return getIncident(ctx, { id: input.id });
}
