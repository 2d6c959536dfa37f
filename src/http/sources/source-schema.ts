import { z } from 'zod';
import { RELIABILITY_GRADES, SOURCE_TYPES } from '../../domain/monitoring/report-types.js';
import { disclosure, logIndex, recordId } from '../common/common-schemas.js';

export const sourceBody = z.strictObject({
  name: z.string().trim().min(1).max(300),
  type: z.enum(SOURCE_TYPES),
  affiliation: recordId.nullable().meta({ description: 'The party the source belongs to, or null for an independent source.' }),
  default_reliability: z.enum(RELIABILITY_GRADES, { message: 'must be an Admiralty grade A–F' }),
});

export const sourceResponse = z
  .object({
    id: z.string(),
    name: z.string(),
    type: z.enum(SOURCE_TYPES),
    affiliation: z.string().nullable(),
    default_reliability: z.enum(RELIABILITY_GRADES),
    synthetic: z.boolean(),
    created_at: z.string(),
    updated_at: z.string(),
    log_index: logIndex,
    disclosure,
  })
  .meta({ id: 'Source' });

export type SourceResponse = z.infer<typeof sourceResponse>;
