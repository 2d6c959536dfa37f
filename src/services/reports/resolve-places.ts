import { distanceKm } from '../../domain/incidents/cluster-decision.js';
import { placeCell } from '../../domain/incidents/cluster-cells.js';
import { DomainError, InvalidInputError } from '../../domain/domain-error.js';
import { placeNameKey } from '../../domain/monitoring/place-name.js';
import { gridDisk } from 'h3-js';
import { findPlacesByIds, findPlacesByKey, findPlacesInCells, type Place } from '../../store/queries/place-queries.js';
import type { ReadContext } from '../use-case-context.js';
import type { ReportInput } from './report-input.js';

/** A place name that several gazetteer entries share: the error lists them, so the client can pick one by GeoNames id. */
export class AmbiguousPlaceError extends DomainError {
  readonly code = 'invalid_input';
  override readonly detailCode = 'ambiguous_place';
  constructor(path: string, name: string, candidates: readonly Place[]) {
    super(
      `${path}: "${name}" names ${candidates.length} places; give place.geonames_id or place.country`,
      candidates.map((c) => ({ path, message: `${c.name}, ${c.country} (admin ${c.admin_code}), geonames_id ${c.geonames_id}, ${c.latitude}, ${c.longitude}` })),
    );
  }
}

/** A place with nothing nearer than this is not the report's place. */
const NEAREST_PLACE_KM = 25;

/**
 * The gazetteer place of each report: the named one (an unknown or ambiguous name
 * is an error naming the item), else the nearest to its point, found through H3
 * cells of resolution 5 and their neighbours.
 */
export async function resolvePlaces(ctx: ReadContext, inputs: readonly ReportInput[], path: (i: number) => string): Promise<(Place | null)[]> {
  const out: (Place | null)[] = inputs.map(() => null);
  const byId = inputs.flatMap((r) => (r.place?.geonames_id != null ? [r.place.geonames_id] : []));
  const known = new Map((await findPlacesByIds(ctx.db, [...new Set(byId)])).map((p) => [p.geonames_id, p]));
  const named = new Map<string, Place[]>();
  const nearest: number[] = [];
  for (const [i, r] of inputs.entries()) {
    const at = path(i);
    if (r.place?.geonames_id != null) {
      const place = known.get(r.place.geonames_id);
      if (!place) throw new InvalidInputError(`${at}place.geonames_id`, `unknown place ${r.place.geonames_id}`, { code: 'unknown_reference', params: { resource: 'place', id: r.place.geonames_id } });
      out[i] = place;
    } else if (r.place?.name) {
      const key = `${placeNameKey(r.place.name)}|${r.place.country ?? ''}`;
      let candidates = named.get(key);
      if (!candidates) {
        candidates = await findPlacesByKey(ctx.db, placeNameKey(r.place.name), r.place.country);
        named.set(key, candidates);
      }
      if (candidates.length === 0) throw new InvalidInputError(`${at}place.name`, `no place named "${r.place.name}" in the gazetteer`, { code: 'unknown_place_name', params: { name: r.place.name } });
      if (candidates.length > 1) throw new AmbiguousPlaceError(`${at}place.name`, r.place.name, candidates);
      out[i] = candidates[0]!;
    } else if (r.point) {
      nearest.push(i);
    } else {
      throw new InvalidInputError(`${at}point`, 'give a point, or a place from the gazetteer', { code: 'point_or_place' });
    }
  }
  if (nearest.length > 0) await fillNearest(ctx, inputs, nearest, out);
  return out;
}

async function fillNearest(ctx: ReadContext, inputs: readonly ReportInput[], which: readonly number[], out: (Place | null)[]): Promise<void> {
  // A batch's points fall in few cells: each cell's neighbourhood is worked out once.
  const disks = new Map<string, string[]>();
  const home = new Map<number, string[]>();
  for (const i of which) {
    const point = inputs[i]!.point!;
    const cell = placeCell(point.latitude, point.longitude);
    let disk = disks.get(cell);
    if (!disk) {
      disk = gridDisk(cell, 1);
      disks.set(cell, disk);
    }
    home.set(i, disk);
  }
  const places = await findPlacesInCells(ctx.db, [...new Set([...disks.values()].flat())]);
  const byCell = new Map<string, Place[]>();
  for (const p of places) {
    const list = byCell.get(p.h3_cell);
    if (list) list.push(p);
    else byCell.set(p.h3_cell, [p]);
  }
  for (const i of which) {
    const point = inputs[i]!.point!;
    let best: Place | null = null;
    let bestKm = NEAREST_PLACE_KM;
    for (const cell of home.get(i)!) {
      for (const p of byCell.get(cell) ?? []) {
        const km = distanceKm(point.latitude, point.longitude, p.latitude, p.longitude);
        if (km < bestKm) {
          best = p;
          bestKm = km;
        }
      }
    }
    out[i] = best;
  }
}
