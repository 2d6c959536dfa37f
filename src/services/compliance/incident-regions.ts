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

/** A readable name for a region: its largest place's name and the country, e.g. "Kursk region (RU)". */
async function nameOf(db: Db, code: string): Promise<string> {
  const [country = '', admin = ''] = code.split('.');
  const row = await db.selectFrom('places').select('name').where('country', '=', country).where('admin_code', '=', admin).orderBy('population', 'desc').limit(1).executeTakeFirst();
  return row ? `${row.name} region (${country})` : code;
}

/** Stores the names of newly seen regions, so that the figures name them with one look-up. */
export async function nameRegions(db: Db, codes: Iterable<string>): Promise<void> {
  const wanted = [...new Set(codes)].filter((c) => c !== '');
  if (wanted.length === 0) return;
  const known = new Set((await db.selectFrom('compliance_regions').select('code').where('code', 'in', wanted).execute()).map((r) => r.code));
  for (const code of wanted.filter((c) => !known.has(c))) {
    await db
      .insertInto('compliance_regions')
      .values({ code, name: await nameOf(db, code) })
      .onConflict((oc) => oc.column('code').doNothing())
      .execute();
  }
}

/** The readable name of each region code: as stored when first seen, else from the gazetteer; '' is no place nearby. */
export async function regionNames(db: Db, codes: Iterable<string>): Promise<Map<string, string>> {
  const wanted = [...new Set(codes)];
  const rows = wanted.length > 0 ? await db.selectFrom('compliance_regions').select(['code', 'name']).where('code', 'in', wanted).execute() : [];
  const named = new Map(rows.map((r) => [r.code, r.name]));
  const out = new Map<string, string>();
  for (const code of wanted) out.set(code, code === '' ? 'no place nearby' : (named.get(code) ?? (await nameOf(db, code))));
  return out;
}
