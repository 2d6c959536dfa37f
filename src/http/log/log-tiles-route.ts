import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { InvalidInputError, NotFoundError } from '../../domain/domain-error.js';
import type { Truce } from '../../create-truce.js';
import { encodeEntryBundle, parseTilePath, TILE_WIDTH, TilePathError, tileWidth, type TileRef } from '../../ledger/tile-path.js';
import { cosignaturesResponse } from './log-schema.js';

const IMMUTABLE = 'public, max-age=31536000, immutable';
const tags = ['log'];

/**
 * The log as C2SP tlog-tiles under /log/, so that standard tooling can mirror and
 * verify it: the signed checkpoint, hash tiles and entry bundles.
 */
export function logTilesRoute(truce: Truce): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/log/checkpoint', { config: { action: 'log.read' }, schema: { tags, description: 'The latest signed checkpoint (C2SP signed note: origin, size, root) with the cosignatures received for it.', produces: ['text/plain'] } }, async (_request, reply) => {
      const note = await truce.log.checkpointNote();
      if (!note) throw new NotFoundError('checkpoint', 'latest');
      return reply.type('text/plain; charset=utf-8').header('cache-control', 'no-cache').send(note);
    });

    app.get('/log/key', { config: { action: 'log.read' }, schema: { tags, description: 'The log’s verifier key (`name+hexkeyid+base64`), for verifiers and witnesses to keep.', produces: ['text/plain'] } }, async (_request, reply) =>
      reply.type('text/plain; charset=utf-8').send(`${truce.log.verifierKey}\n`),
    );

    app.get('/log/tile/*', { config: { action: 'log.read' }, schema: { tags, description: 'C2SP tlog-tiles: `tile/<L>/<N>[.p/<W>]` hash tiles and `tile/entries/<N>[.p/<W>]` entry bundles; full tiles are immutable.', produces: ['application/octet-stream'] } }, async (request, reply) => {
      const path = `tile/${(request.params as Record<string, string>)['*'] ?? ''}`;
      let tile: TileRef;
      try {
        tile = parseTilePath(path);
      } catch (error) {
        if (error instanceof TilePathError) throw new InvalidInputError('path', error.message);
        throw error;
      }
      const size = (await truce.log.latestCheckpoint())?.size ?? 0;
      const available = tile.kind === 'entries' ? tileWidth(0, tile.index, size) : tileWidth(tile.level, tile.index, size);
      if (available < tile.width) throw new NotFoundError('tile', path);
      const body =
        tile.kind === 'entries'
          ? encodeEntryBundle(await truce.log.entries(tile.index * TILE_WIDTH, tile.width))
          : Buffer.concat(await truce.log.hashTile(tile.level, tile.index, tile.width));
      return reply
        .type('application/octet-stream')
        .header('cache-control', tile.width === TILE_WIDTH ? IMMUTABLE : 'public, max-age=60')
        .send(body);
    });

    app.addContentTypeParser('text/plain', { parseAs: 'string', bodyLimit: 64 * 1024 }, (_request, body, done) => done(null, body));
    app.post(
      '/log/cosignatures',
      {
        config: { action: 'log.cosign' },
        schema: {
          tags,
          description: 'A witness sends back a checkpoint it cosigned; only valid cosignatures from the keys given to `truce serve --witness` are kept.',
          consumes: ['text/plain'],
          body: z.string().min(1).max(64 * 1024),
          response: { 200: cosignaturesResponse },
        },
      },
      async (request) => truce.log.acceptCosignatures(request.body),
    );
  };
}
