import { sql, type ExpressionBuilder } from 'kysely';
import { INCIDENT_STATUSES, PUBLISHED_STATUSES, type IncidentStatus } from '../../domain/incidents/incident-types.js';
import { incidentPolicy } from '../../domain/policy/disclosure/incident-policy.js';
import { seesByRole, visibilityFilter } from '../../domain/policy/visibility-filter.js';
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
 * The incidents the actor may see that match the filters, as the incident policy says: one
 * rule for the list and the aggregate, so that a map cell never counts what the list would not show.
 */
export function visibleIncidents(ctx: ReadContext, filters: IncidentFilters, options: { scan?: boolean } = {}) {
  const visible = visibilityFilter(incidentPolicy, ctx.actor);
  // Readers of every exact point filter on it; everyone else on the point they are shown.
  const exact = seesByRole(incidentPolicy, 'location', ctx.actor, true);
  const [lat, lon] = exact ? (['exact_latitude', 'exact_longitude'] as const) : (['latitude', 'longitude'] as const);
  let query = ctx.db.selectFrom('incidents').where('merged_into', 'is', null);
  if (!visible.all && visible.attributedParty === null) {
    // "Not unpublished" rather than "published": the same rows, but the planner does not read most
    // of the table through the status index, and the list can walk the time index in order.
    query = query.where('status', 'not in', visible.published ? UNPUBLISHED_STATUSES : INCIDENT_STATUSES);
  } else if (!visible.all) {
    const party = visible.attributedParty;
    query = query.where((eb) => eb.or([...(visible.published ? [eb('status', 'in', [...PUBLISHED_STATUSES])] : []), eb('attributed_party_id', '=', party)]));
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
