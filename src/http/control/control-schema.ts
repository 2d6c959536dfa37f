import { z } from 'zod';
import { CONTROL_STATUSES } from '../../domain/control/control-types.js';
import { isoDateTime, recordId } from '../common/common-schemas.js';
import { bboxQuery } from '../common/bbox-query.js';
import { controlClaimResponse } from '../control-claims/control-claim-schema.js';

export const controlQuery = z.strictObject({
  at: isoDateTime,
  bbox: bboxQuery.optional(),
});

export const timelineQuery = z.strictObject({
  geonames_id: z.coerce.number().int().positive().optional(),
  area_id: recordId.optional(),
});

export const placeControlResponse = z
  .object({
    key: z.string(),
    place_name: z.string(),
    geonames_id: z.number().nullable(),
    area_id: z.string().nullable(),
    latitude: z.number().nullable(),
    longitude: z.number().nullable(),
    status: z.enum(CONTROL_STATUSES).meta({ description: 'From the latest assessment at or before `at`; unknown without one.' }),
    controlled_by: z.string().nullable(),
    assessment: controlClaimResponse.nullable(),
    claims_since: z.array(controlClaimResponse).meta({ description: 'Claims made since that assessment: shown beside it, never mixed in.' }),
  })
  .meta({ id: 'PlaceControl' });

export const controlResponse = z.object({ at: z.string(), items: z.array(placeControlResponse) });
