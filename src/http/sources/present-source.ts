import type { Actor } from '../../domain/actor.js';
import type { Source } from '../../domain/monitoring/report-types.js';
import { presentRecord } from '../common/present-record.js';
import type { SourceResponse } from './source-schema.js';

export function presentSource(actor: Actor, source: Source): SourceResponse {
  return presentRecord<SourceResponse, 'source'>('source', source, undefined, actor);
}
