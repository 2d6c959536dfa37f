import fastifyStatic from '@fastify/static';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** web/dist, from src/http/web and from dist/http/web alike. */
export const WEB_DIST = fileURLToPath(new URL('../../../web/dist/', import.meta.url));

/** Paths the web app never answers: the API and the log's files keep their own JSON 404. /log alone is the log's page. */
const SERVER_PATHS = /^\/(api(\/|$)|log\/)/;

/** Hashed file names change with their content, so a browser may keep them forever. */
const ASSET_MAX_AGE_MS = 365 * 24 * 3600 * 1000;


/**
 * Serves the built web app (web/dist) at /: hashed assets as immutable, index.html with
 * no-cache so a new release is picked up at once, and index.html for every other
 * page path so that the app's own routes work on reload. Registered last.
 */
export function webRoute(root: string = WEB_DIST): FastifyPluginAsync {
  return async (app) => {
    // Only reply.sendFile: @fastify/static's own routes would declare no action.
    await app.register(fastifyStatic, { root, serve: false });
    const config = { action: 'web.read' } as const;
    const schema = { hide: true };

    app.get('/assets/*', { config, schema }, (request: FastifyRequest<{ Params: { '*': string } }>, reply) =>
      reply.sendFile(request.params['*'], join(root, 'assets'), { cacheControl: true, immutable: true, maxAge: ASSET_MAX_AGE_MS }),
    );

    app.get('/*', { config, schema }, (request: FastifyRequest<{ Params: { '*': string } }>, reply) => {
      const path = request.url.split('?')[0] ?? '/';
      if (SERVER_PATHS.test(path)) return reply.callNotFound();
      const file = request.params['*'];
      if (/^[\w.-]+\.\w+$/.test(file) && file !== 'index.html' && existsSync(join(root, file))) {
        return reply.sendFile(file, { cacheControl: true, maxAge: 3600 * 1000 });
      }
      return sendIndex(root, reply);
    });
  };
}

function sendIndex(root: string, reply: FastifyReply) {
  if (!existsSync(join(root, 'index.html'))) {
    return reply.code(503).type('text/plain; charset=utf-8').header('cache-control', 'no-store').send('The web app is not built. Run: npm run build\n');
  }
  reply.header('cache-control', 'no-cache');
  return reply.sendFile('index.html', { cacheControl: false });
}
