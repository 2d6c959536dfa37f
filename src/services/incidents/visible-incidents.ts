import { sql, type ExpressionBuilder } from 'kysely';
import { INCIDENT_STATUSES, PUBLISHED_STATUSES, type IncidentStatus } from '../../domain/incidents/incident-types.js';
import { audienceOf } from '../../domain/monitoring/monitoring-visibility.js';
import type { GeoPrecision } from '../../domain/monitoring/report-types.js';
import type { ReportKind } from '../../domain/monitoring/report-taxonomy.js';
import type { Database } from '../../store/database-schema.js';
import type { ReadContext } from '../use-case-context.js';

/** What the incident list and the map's aggregate filter on. */
export interface IncidentFilters {
  /** west, south, east, north */
  bbox?: [number, number, number, number];
  from?: string;
  to?: string;
  kind?: ReportKind;
  party_id?: string;
  status?: IncidentStatus;
  agreement_id?: string;
  /** The finest geo precision among the incident's reports. */
  precision?: GeoPrecision;
}

const UNPUBLISHED_STATUSES = INCIDENT_STATUSES.filter((s) => !PUBLISHED_STATUSES.includes(s));

/** Finer first: an incident is as precise as its best-located report. */
const FINER: Record<GeoPrecision, GeoPrecision[]> = { exact: [], near: ['exact'], region: ['exact', 'near'] };

/**
 * The incidents the actor may see that match the filters: one rule for the list and the
 * aggregate, so that a map cell never counts what the list would not show.
 */
export function visibleIncidents(ctx: ReadContext, filters: IncidentFilters, options: { scan?: boolean } = {}) {
  const audience = audienceOf(ctx.actor);
  // Staff filter on the exact point; everyone else on the point they are shown.
  const [lat, lon] = audience.kind === 'staff' ? (['exact_latitude', 'exact_longitude'] as const) : (['latitude', 'longitude'] as const);
  let query = ctx.db.selectFrom('incidents').where('merged_into', 'is', null);
  // "Not unpublished" rather than "published": the same rows, but the planner does not read most
  // of the table through the status index, and the list can walk the time index in order.
  if (audience.kind === 'public') query = query.where('status', 'not in', UNPUBLISHED_STATUSES);
  if (audience.kind === 'liaison') {
    const party = audience.partyId ?? '';
    query = query.where((eb) =>
      eb.or([
        eb('status', 'in', [...PUBLISHED_STATUSES]),
        eb('attributed_party_id', '=', party),
        eb('id', 'in', eb.selectFrom('reports').select('incident_id').where('filed_by_party_id', '=', party)),
      ]),
    );
  }
  if (filters.bbox) {
    const [west, south, east, north] = filters.bbox;
    query = query.where(lat, '>=', south).where(lat, '<=', north).where(lon, '>=', west).where(lon, '<=', east);
  }
  // A scan (the aggregate reads most of the table) keeps the time columns out of index
  // choice: without table statistics SQLite would walk a time index and look up every row,
  // several times slower than reading the table once. `|| ''` hides the column, on both databases.
  const time = (column: 'first_observed_at' | 'last_observed_at') => (options.scan ? sql<string>`${sql.ref(column)} || ''` : sql.ref(column));
  if (filters.from) query = query.where(time('last_observed_at'), '>=', filters.from);
  if (filters.to) query = query.where(time('first_observed_at'), '<=', filters.to);
  if (filters.kind) query = query.where('kind', '=', filters.kind);
  if (filters.party_id) query = query.where('attributed_party_id', '=', filters.party_id);
  if (filters.status) query = query.where('status', '=', filters.status);
  if (filters.agreement_id) query = query.where('agreement_id', '=', filters.agreement_id);
  const precision = filters.precision;
  if (precision) {
    const located = (eb: ExpressionBuilder<Database, 'incidents'>, values: GeoPrecision[]) =>
      eb.exists(eb.selectFrom('reports').select('reports.id').whereRef('reports.incident_id', '=', 'incidents.id').where('reports.geo_precision', 'in', values));
    query = query.where((eb) => located(eb, [precision]));
    const finer = FINER[precision];
    if (finer.length > 0) query = query.where((eb) => eb.not(located(eb, finer)));
  }
  return query;
}
