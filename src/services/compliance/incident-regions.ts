import { gridDisk } from 'h3-js';
import { placeCell } from '../../domain/incidents/cluster-cells.js';
import { distanceKm } from '../../domain/incidents/cluster-decision.js';
import { findPlacesInCells } from '../../store/queries/place-queries.js';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../store/database-schema.js';

type Db = Kysely<Database> | Transaction<Database>;

/**
 * The region of each point: `country.admin1` of the nearest gazetteer place within
 * about two place cells (H3 resolution 5), or '' where the gazetteer has none.
 */
export async function incidentRegions(db: Db, points: ReadonlyMap<string, { latitude: number; longitude: number }>): Promise<Map<string, string>> {
  const home = new Map<string, string[]>();
  for (const [id, p] of points) home.set(id, gridDisk(placeCell(p.latitude, p.longitude), 2));
  const places = await findPlacesInCells(db, [...new Set([...home.values()].flat())]);
  const byCell = new Map<string, typeof places>();
  for (const p of places) byCell.set(p.h3_cell, [...(byCell.get(p.h3_cell) ?? []), p]);
  const out = new Map<string, string>();
  for (const [id, point] of points) {
    let best = '';
    let bestKm = Infinity;
    for (const cell of home.get(id)!) {
      for (const p of byCell.get(cell) ?? []) {
        const km = distanceKm(point.latitude, point.longitude, p.latitude, p.longitude);
        if (km < bestKm) [best, bestKm] = [`${p.country}.${p.admin_code}`, km];
      }
    }
    out.set(id, best);
  }
  return out;
}

/** A readable name for each region code: its largest place's name and the country, e.g. "Kursk region (RU)". */
export async function regionNames(db: Db, codes: Iterable<string>): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const code of new Set(codes)) {
    if (!code) {
      out.set(code, 'no place nearby');
      continue;
    }
    const [country = '', admin = ''] = code.split('.');
    const row = await db.selectFrom('places').select('name').where('country', '=', country).where('admin_code', '=', admin).orderBy('population', 'desc').limit(1).executeTakeFirst();
    out.set(code, row ? `${row.name} region (${country})` : code);
  }
  return out;
}
