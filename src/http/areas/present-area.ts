import type { z } from 'zod';
import type { Actor } from '../../domain/actor.js';
import type { Area } from '../../domain/control/area.js';
import { presentRecord } from '../common/present-record.js';
import type { areaResponse } from './area-schema.js';

export function presentArea(actor: Actor, area: Area): z.infer<typeof areaResponse> {
  return presentRecord<z.infer<typeof areaResponse>, 'area'>('area', area, undefined, actor);
}
