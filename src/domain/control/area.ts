import type { AreaGeometry } from './validate-area-geometry.js';

export const AREA_KINDS = ['zone', 'front_sector', 'region', 'other'] as const;
export type AreaKind = (typeof AREA_KINDS)[number];

export interface Area {
  id: string;
  name: string;
  kind: AreaKind;
  geometry: AreaGeometry;
  area_km2: number;
  min_lon: number;
  min_lat: number;
  max_lon: number;
  max_lat: number;
  created_by: string;
  created_at: string;
  updated_at: string;
  log_index: number;
}
