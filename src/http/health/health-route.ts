import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Truce } from '../../create-truce.js';
import { healthResponse, type HealthResponse } from './health-schema.js';

export function healthRoute(truce: Truce): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/health',
      {
        config: { action: 'health.read' },
        schema: {
          tags: ['health'],
          description: 'Whether the server works: degraded, naming why, while writes fail for a fault of its own (a full disk answers writes 507). Always 200 while it answers, since reads still work.',
          response: { 200: healthResponse },
        },
      },
      async (): Promise<HealthResponse> => {
        const writePath = truce.runner.writePath();
        return {
          status: writePath.status,
          database: truce.database.capabilities.name,
          log_size: await truce.log.size(),
          time: truce.runner.now(),
          write_path: writePath,
        };
      },
    );
  };
}
