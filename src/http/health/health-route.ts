import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Truce } from '../../create-truce.js';

const healthResponse = z.object({
  status: z.literal('ok'),
  database: z.enum(['sqlite', 'postgres']),
  log_size: z.number().int().nonnegative(),
  time: z.string(),
});

export function healthRoute(truce: Truce): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/health',
      { config: { action: 'health.read' }, schema: { tags: ['health'], description: 'The database kind and the log’s size, read from the database on every call.', response: { 200: healthResponse } } },
      async () => ({
        status: 'ok' as const,
        database: truce.database.capabilities.name,
        log_size: await truce.log.size(),
        time: truce.runner.now(),
      }),
    );
  };
}
