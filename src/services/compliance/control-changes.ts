import type { Kysely, Transaction } from 'kysely';
import { addDays, dayOf } from '../../domain/compliance/compliance-periods.js';
import type { Database } from '../../store/database-schema.js';

export interface ControlChangeRow {
  day: string;
  as_of: string;
  place_name: string;
  from: string;
  to: string;
  /** The area's size for a named area; null for a place. */
  area_km2: number | null;
}

/**
 * Changes of assessed control up to a day: each assessed claim whose holder differs from
 * the previous assessed claim for the same place or area. Claims (as opposed to
 * assessments) never count. Control claims are few, so they are read whole.
 */
export async function controlChanges(db: Kysely<Database> | Transaction<Database>, lastDay: string): Promise<ControlChangeRow[]> {
  const claims = await db
    .selectFrom('control_claims')
    .leftJoin('areas', 'areas.id', 'control_claims.area_id')
    .select(['control_claims.place_name', 'control_claims.geonames_id', 'control_claims.area_id', 'control_claims.status', 'control_claims.controlled_by', 'control_claims.as_of', 'areas.area_km2'])
    .where('control_claims.basis', '=', 'assessed')
    .where('control_claims.as_of', '<', `${addDays(lastDay, 1)}T00:00:00.000Z`)
    .orderBy('control_claims.as_of')
    .execute();
  const held = new Map<string, string>();
  const out: ControlChangeRow[] = [];
  for (const c of claims) {
    const key = c.area_id ? `area:${c.area_id}` : c.geonames_id !== null ? `place:${c.geonames_id}` : `name:${c.place_name}`;
    const holder = c.status === 'controlled_by' ? (c.controlled_by ?? 'unknown') : c.status;
    const before = held.get(key);
    held.set(key, holder);
    if (before === undefined || before === holder) continue;
    out.push({ day: dayOf(c.as_of), as_of: c.as_of, place_name: c.place_name, from: before, to: holder, area_km2: c.area_id ? Number(c.area_km2 ?? 0) : null });
  }
  return out;
}
