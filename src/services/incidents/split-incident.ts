import { InvalidInputError, NotFoundError } from '../../domain/domain-error.js';
import { clusterCell } from '../../domain/incidents/cluster-cells.js';
import { assertRegroupable } from '../../domain/incidents/incident-status.js';
import { roundedLocation } from '../../domain/monitoring/rounded-location.js';
import { findIncidentRow } from '../../store/queries/incident-queries.js';
import { newId } from '../new-id.js';
import { refreshContributions } from '../compliance/refresh-contributions.js';
import type { WriteContext } from '../use-case-context.js';
import { getIncident, type IncidentDetail } from './get-incident.js';
import { incidentAggregate } from './incident-aggregate.js';
import { keepFourEyesAfterRegrouping } from './keep-four-eyes-after-regrouping.js';

export interface SplitIncidentInput {
  id: string;
  report_ids: string[];
}

/**
 * Moves some of an incident's reports into a new incident of their own; both incidents' figures
 * are recomputed. A pending decision on the incident is superseded, and the submitters of the
 * reports that left stay barred from approving on it.
 */
export async function splitIncident(ctx: WriteContext, input: SplitIncidentInput): Promise<{ from: IncidentDetail; to: IncidentDetail }> {
  const source = await findIncidentRow(ctx.db, input.id);
  if (!source || source.merged_into) throw new NotFoundError('incident', input.id);
  assertRegroupable(source.status as never);
  const reports = await ctx.db.selectFrom('reports').selectAll().where('incident_id', '=', input.id).orderBy('observed_from').execute();
  const wanted = new Set(input.report_ids);
  const leaving = reports.filter((r) => wanted.has(r.id));
  const staying = reports.filter((r) => !wanted.has(r.id));
  const stray = input.report_ids.findIndex((id) => !reports.some((r) => r.id === id));
  if (stray >= 0) throw new InvalidInputError(`report_ids.${stray}`, `report ${input.report_ids[stray]} is not in incident ${input.id}`);
  if (staying.length === 0) throw new InvalidInputError('report_ids', 'leave at least one report in the incident');

  const anchor = leaving[0]!;
  const sensitive = leaving.some((r) => r.location_sensitive);
  const shown = sensitive ? roundedLocation(anchor.exact_latitude, anchor.exact_longitude) : { latitude: anchor.exact_latitude, longitude: anchor.exact_longitude };
  const created = await ctx.records.insert('incident', 'split_off', {
    id: newId(),
    family: source.family,
    kind: anchor.kind,
    status: 'reported',
    latitude: shown.latitude,
    longitude: shown.longitude,
    exact_latitude: anchor.exact_latitude,
    exact_longitude: anchor.exact_longitude,
    location_sensitive: sensitive ? 1 : 0,
    h3_cell: clusterCell(anchor.exact_latitude, anchor.exact_longitude),
    ...incidentAggregate(leaving),
    attributed_party_id: null,
    attribution_confidence: null,
    merged_into: null,
    created_at: ctx.now,
    updated_at: ctx.now,
  });
  await ctx.records.updateMany('report', 'moved', leaving.map(({ log_index: _index, ...r }) => ({ ...r, incident_id: created.id })), ['incident_id']);
  await ctx.records.update('incident', 'split', input.id, { ...incidentAggregate(staying), updated_at: ctx.now });
  await keepFourEyesAfterRegrouping(ctx, { touched: [input.id], formerReporters: new Map([[input.id, leaving.map((r) => r.submitted_by)]]) });
  await refreshContributions(ctx, [input.id, created.id]);
  return { from: await getIncident(ctx, { id: input.id }), to: await getIncident(ctx, { id: created.id }) };
}
