import { InvalidInputError } from '../../domain/domain-error.js';
import { recordFromRow } from '../../store/record-kinds.js';
import type { Incident } from '../../domain/incidents/incident-types.js';

import type { ReadContext } from '../use-case-context.js';
import { visibleIncidents, type IncidentFilters } from './visible-incidents.js';

export interface IncidentPageQuery extends IncidentFilters {
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
export async function getIncidents(ctx: ReadContext, filters: IncidentPageQuery): Promise<IncidentPage> {
  let query = visibleIncidents(ctx, filters).selectAll();
  if (filters.cursor) {
    const [at, id] = decodeCursor(filters.cursor);
    query = query.where((eb) => eb.or([eb('first_observed_at', '<', at), eb.and([eb('first_observed_at', '=', at), eb('id', '<', id)])]));
  }
  const rows = await query.orderBy('first_observed_at', 'desc').orderBy('id', 'desc').limit(filters.limit + 1).execute();
  const page = rows.slice(0, filters.limit);
  const last = page.at(-1);
  return { items: page.map((row) => recordFromRow('incident', row)), next_cursor: rows.length > filters.limit && last ? encodeCursor(last.first_observed_at, last.id) : null };
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
