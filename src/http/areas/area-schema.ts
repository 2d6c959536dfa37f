import { z } from 'zod';
import { AREA_KINDS } from '../../domain/control/area.js';
import { disclosure, logIndex } from '../common/common-schemas.js';
import { bboxQuery } from '../common/bbox-query.js';

const position = z.array(z.number()).meta({ description: '[longitude, latitude]' });

export const createAreaBody = z.strictObject({
  name: z.string().trim().min(1).max(200),
  kind: z.enum(AREA_KINDS),
  geometry: z
    .unknown()
    .meta({ description: 'An RFC 7946 Polygon or MultiPolygon: closed rings, coordinates in range, no self-intersection.' }),
});

export const areasQuery = z.strictObject({ bbox: bboxQuery.optional() });

export const areaResponse = z
  .object({
    id: z.string(),
    name: z.string(),
    kind: z.enum(AREA_KINDS),
    geometry: z.object({ type: z.enum(['Polygon', 'MultiPolygon']), coordinates: z.array(z.array(z.array(position).or(position))) }),
    area_km2: z.number(),
    bbox: z.array(z.number()).length(4),
    created_by: z.string(),
    created_at: z.string(),
    updated_at: z.string(),
    log_index: logIndex,
    disclosure,
  })
  .meta({ id: 'Area' });
