import { LANGUAGES } from '../../domain/languages.js';
import { z } from 'zod';
import { CONTROL_BASES, CONTROL_STATUSES } from '../../domain/control/control-types.js';
import { citation, isoDateTime, disclosure, logIndex, recordId } from '../common/common-schemas.js';

export const createControlClaimBody = z.strictObject({
  place_name: z.string().trim().min(1).max(200).optional().meta({ description: 'Required unless area_id is given.' }),
  area_id: recordId.nullable().optional(),
  geonames_id: z.int().positive().nullable().optional(),
  latitude: z.number().min(-90).max(90).nullable().optional(),
  longitude: z.number().min(-180).max(180).nullable().optional(),
  status: z.enum(CONTROL_STATUSES),
  controlled_by: recordId.nullable().optional(),
  basis: z.enum(CONTROL_BASES).meta({ description: 'claimed: what a party or outlet says; assessed: the mission\'s own conclusion.' }),
  claimant: recordId.nullable().optional(),
  source: z.string().trim().min(1).max(300),
  as_of: isoDateTime,
  citation: citation.nullable().optional(),
  evidence: z.array(z.string().max(2000)).max(100).optional(),
});

export const controlClaimQuery = z.strictObject({
  geonames_id: z.coerce.number().int().positive().optional(),
});

export const controlClaimResponse = z
  .object({
    id: z.string(),
    place_name: z.string(),
    geonames_id: z.number().nullable(),
    latitude: z.number().nullable(),
    longitude: z.number().nullable(),
    area_id: z.string().nullable(),
    status: z.enum(CONTROL_STATUSES),
    controlled_by: z.string().nullable(),
    basis: z.enum(CONTROL_BASES),
    claimant: z.string().nullable(),
    source: z.string(),
    as_of: z.string(),
    citation: z.object({ source: z.string(), published_at: z.string(), quote: z.string(), lang: z.enum(LANGUAGES).optional(), url: z.string().nullable().optional() }).nullable(),
    evidence: z.array(z.string()),
    created_at: z.string(),
    log_index: logIndex,
    disclosure,
  })
  .meta({ id: 'ControlClaim' });

export type ControlClaimResponse = z.infer<typeof controlClaimResponse>;
