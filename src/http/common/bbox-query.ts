import { z } from 'zod';

/** `west,south,east,north` in degrees, as RFC 7946 orders a bounding box. */
export const bboxQuery = z
  .string()
  .transform((text, ctx) => {
    const parts = text.split(',').map(Number);
    const [west, south, east, north] = parts as [number, number, number, number];
    if (parts.length !== 4 || parts.some((n) => !Number.isFinite(n))) {
      ctx.addIssue({ code: 'custom', message: 'must be west,south,east,north in degrees' });
      return z.NEVER;
    }
    if (west < -180 || east > 180 || south < -90 || north > 90 || west > east || south > north) {
      ctx.addIssue({ code: 'custom', message: 'must lie within -180,-90,180,90 with west ≤ east and south ≤ north' });
      return z.NEVER;
    }
    return [west, south, east, north] as [number, number, number, number];
  })
  .meta({ example: '34.5,50.8,36.5,51.9' });
