import { z } from 'zod';
import { AREA_KINDS } from '../../domain/control/area.js';
import { CONTROL_STATUSES } from '../../domain/control/control-types.js';
import { INCIDENT_STATUSES } from '../../domain/incidents/incident-types.js';
import { parseOgcDatetime } from '../../domain/interop/ogc-datetime.js';
import { REPORT_KINDS } from '../../domain/monitoring/report-taxonomy.js';
import { bboxQuery } from '../common/bbox-query.js';
import { recordId } from '../common/common-schemas.js';

/** Items a page holds unless `limit` says otherwise, and the most it may say: the OpenAPI 3.0 description states both. */
export const OGC_DEFAULT_LIMIT = 100;
export const OGC_MAX_LIMIT = 500;

const datetime = z
  .string()
  .transform((text, ctx) => {
    const span = parseOgcDatetime(text);
    if (!span) {
      ctx.addIssue({ code: 'custom', message: 'must be an RFC 3339 date-time or date, or an interval start/end with ".." for an open end' });
      return z.NEVER;
    }
    return span;
  })
  .meta({ example: '2025-03-13T00:00:00Z/..' });

const paging = {
  bbox: bboxQuery.optional(),
  datetime: datetime.optional(),
  limit: z.coerce
    .number({ message: `must be a whole number 1–${OGC_MAX_LIMIT}` })
    .int(`must be a whole number 1–${OGC_MAX_LIMIT}`)
    .min(1, `must be 1–${OGC_MAX_LIMIT}`)
    .max(OGC_MAX_LIMIT, `must be 1–${OGC_MAX_LIMIT}`)
    .default(OGC_DEFAULT_LIMIT),
  // Clients that add the format explicitly are answered the same GeoJSON.
  f: z.enum(['json', 'geojson']).optional(),
};

const offset = z.coerce.number({ message: 'must be a whole number' }).int('must be a whole number').min(0, 'must be zero or more').default(0);

export const incidentItemsQuery = z.strictObject({
  ...paging,
  kind: z.enum(REPORT_KINDS).optional(),
  party: recordId.optional().meta({ description: 'The party the incident is attributed to.' }),
  status: z.enum(INCIDENT_STATUSES).optional(),
  cursor: z.string().max(500).optional().meta({ description: 'From a `next` link.' }),
});

export const controlClaimItemsQuery = z.strictObject({
  ...paging,
  party: recordId.optional().meta({ description: 'The party claimed to control the place or area.' }),
  status: z.enum(CONTROL_STATUSES).optional(),
  offset,
});

/** Areas have no time: `datetime` is accepted, as the standard asks of every collection, and matches every area. */
export const areaItemsQuery = z.strictObject({
  ...paging,
  kind: z.enum(AREA_KINDS).optional(),
  offset,
});

export const metadataQuery = z.strictObject({ f: z.enum(['json']).optional() });
export const featureQuery = z.strictObject({ f: z.enum(['json', 'geojson']).optional() });
export const featureParams = z.strictObject({ featureId: recordId });
