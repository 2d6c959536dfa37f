import { InvalidInputError } from '../../domain/domain-error.js';
import { PUBLISHED_STATUSES, type Incident, type IncidentStatus } from '../../domain/incidents/incident-types.js';
import { audienceOf } from '../../domain/monitoring/monitoring-visibility.js';
import type { ReportKind } from '../../domain/monitoring/report-taxonomy.js';
import { incidentFromRow } from '../../store/queries/monitoring-rows.js';
import type { ReadContext } from '../use-case-context.js';

export interface IncidentFilters {
  /** west, south, east, north */
  bbox?: [number, number, number, number];
  from?: string;
  to?: string;
  kind?: ReportKind;
  party_id?: string;
  status?: IncidentStatus;
  agreement_id?: string;
  limit: number;
  cursor?: string;
}

export interface IncidentPage {
  items: Incident[];
  next_cursor: string | null;
}

/**
 * Incidents the actor may see, newest first, a page at a time. The cursor is the
 * last item's (first_observed_at, id), so pages stay stable while reports arrive.
 */
export async function getIncidents(ctx: ReadContext, filters: IncidentFilters): Promise<IncidentPage> {
  const audience = audienceOf(ctx.actor);
  // Staff filter on the exact point; everyone else on the point they are shown.
  const [lat, lon] = audience.kind === 'staff' ? (['exact_latitude', 'exact_longitude'] as const) : (['latitude', 'longitude'] as const);
  let query = ctx.db.selectFrom('incidents').selectAll().where('merged_into', 'is', null);
  if (audience.kind === 'public') query = query.where('status', 'in', [...PUBLISHED_STATUSES]);
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
  if (filters.from) query = query.where('last_observed_at', '>=', filters.from);
  if (filters.to) query = query.where('first_observed_at', '<=', filters.to);
  if (filters.kind) query = query.where('kind', '=', filters.kind);
  if (filters.party_id) query = query.where('attributed_party_id', '=', filters.party_id);
  if (filters.status) query = query.where('status', '=', filters.status);
  if (filters.agreement_id) query = query.where('agreement_id', '=', filters.agreement_id);
  if (filters.cursor) {
    const [at, id] = decodeCursor(filters.cursor);
    query = query.where((eb) => eb.or([eb('first_observed_at', '<', at), eb.and([eb('first_observed_at', '=', at), eb('id', '<', id)])]));
  }
  const rows = await query.orderBy('first_observed_at', 'desc').orderBy('id', 'desc').limit(filters.limit + 1).execute();
  const page = rows.slice(0, filters.limit);
  const last = page.at(-1);
  return { items: page.map(incidentFromRow), next_cursor: rows.length > filters.limit && last ? encodeCursor(last.first_observed_at, last.id) : null };
}

function encodeCursor(at: string, id: string): string {
  return Buffer.from(JSON.stringify([at, id])).toString('base64url');
}

function decodeCursor(cursor: string): [string, string] {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 2 && value.every((v) => typeof v === 'string')) return value as [string, string];
  } catch {
    // fall through to the error below
  }
  throw new InvalidInputError('query.cursor', 'is not a cursor this API issued');
}
