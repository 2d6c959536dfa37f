import type { z } from 'zod';
import type { Area } from '../../domain/control/area.js';
import type { areaResponse } from './area-schema.js';

export function presentArea(area: Area): z.infer<typeof areaResponse> {
  const { min_lon, min_lat, max_lon, max_lat, ...rest } = area;
  return { ...rest, geometry: area.geometry as z.infer<typeof areaResponse>['geometry'], bbox: [min_lon, min_lat, max_lon, max_lat] };
}
