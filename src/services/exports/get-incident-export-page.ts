import type { Incident } from '../../domain/incidents/incident-types.js';
import type { Report } from '../../domain/monitoring/report-types.js';
import { recordFromRow } from '../../store/record-kinds.js';
import { getIncidents, type IncidentPageQuery } from '../incidents/get-incidents.js';
import type { ReadContext } from '../use-case-context.js';

export interface IncidentExportPage {
  items: { incident: Incident; reports: Report[] }[];
  next_cursor: string | null;
}

/**
 * A page of the incidents the reader may see, each with all its reports, in one read: the
 * export's unit of work. The caller discloses each record to the reader before it leaves.
 */
export async function getIncidentExportPage(ctx: ReadContext, query: IncidentPageQuery): Promise<IncidentExportPage> {
  const page = await getIncidents(ctx, query);
  const ids = page.items.map((i) => i.id);
  const rows = ids.length ? await ctx.db.selectFrom('reports').selectAll().where('incident_id', 'in', ids).orderBy('observed_from').orderBy('id').execute() : [];
  const byIncident = new Map<string, Report[]>(ids.map((id) => [id, []]));
  for (const row of rows) {
    const report = recordFromRow('report', row);
    byIncident.get(report.incident_id)?.push(report);
  }
  return { items: page.items.map((incident) => ({ incident, reports: byIncident.get(incident.id) ?? [] })), next_cursor: page.next_cursor };
}
