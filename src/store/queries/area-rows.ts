import type { Area } from '../../domain/control/area.js';
import type { Database } from '../database-schema.js';

export function areaFromRow(row: Database['areas']): Area {
  return { ...row, kind: row.kind as Area['kind'], geometry: JSON.parse(row.geometry), log_index: Number(row.log_index) };
}
