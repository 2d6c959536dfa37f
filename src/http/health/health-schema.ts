import { z } from 'zod';

const HEALTH_STATUSES = ['ok', 'degraded'] as const;

export const writePathHealth = z.object({
  status: z.enum(HEALTH_STATUSES).meta({ description: 'degraded while the last write failed for a fault of the server, such as a full disk; ok again once a write commits.' }),
  reason: z.string().optional().meta({ description: 'Why writes fail, present only while degraded, e.g. "storage full: …".' }),
  since: z.string().optional().meta({ description: 'When the first of the failing writes was refused, present only while degraded.' }),
});

export const healthResponse = z.object({
  status: z.enum(HEALTH_STATUSES).meta({ description: 'ok, or degraded while a part below is: reads are still served, so the answer stays 200.' }),
  database: z.enum(['sqlite', 'postgres']),
  log_size: z.number().int().nonnegative(),
  time: z.string(),
  write_path: writePathHealth,
});

export type HealthResponse = z.infer<typeof healthResponse>;
