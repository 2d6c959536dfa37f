import { bbox } from '@turf/bbox';
import { recordFromRow } from '../../store/record-kinds.js';
import type { Area, AreaKind } from '../../domain/control/area.js';
import { validateAreaGeometry } from '../../domain/control/validate-area-geometry.js';
import { ConflictError } from '../../domain/domain-error.js';

import { newId } from '../new-id.js';
import type { WriteContext } from '../use-case-context.js';

export interface CreateAreaInput {
  id?: string;
  name: string;
  kind: AreaKind;
  geometry: unknown;
}

/** A named polygon (a zone, a front sector, a region), validated and measured before it is stored. */
export async function createArea(ctx: WriteContext, input: CreateAreaInput): Promise<Area> {
  const { geometry, km2 } = validateAreaGeometry(input.geometry);
  const clash = await ctx.db.selectFrom('areas').select('id').where('name', '=', input.name).executeTakeFirst();
  if (clash) throw new ConflictError(`an area named "${input.name}" already exists`, 'name');
  const [minLon, minLat, maxLon, maxLat] = bbox(geometry);
  const row = await ctx.records.insert('area', 'created', {
    id: input.id ?? newId(),
    name: input.name,
    kind: input.kind,
    geometry: JSON.stringify(geometry),
    area_km2: km2,
    min_lon: minLon,
    min_lat: minLat,
    max_lon: maxLon,
    max_lat: maxLat,
    created_by: ctx.actor.id,
    created_at: ctx.now,
    updated_at: ctx.now,
  });
  return recordFromRow('area', row);
}
