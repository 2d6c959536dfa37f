import { createReadStream } from 'node:fs';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Truce } from '../../create-truce.js';
import { findEvidenceFile } from '../../services/evidence/find-evidence-file.js';
import { errorResponse } from '../common/common-schemas.js';
import { sha256Params } from '../reports/report-schema.js';

/** `GET /evidence/:sha256` serves the stored bytes; anything but an image or a video is a download, never rendered in the page. */
export function evidenceRoute(truce: Truce): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/evidence/:sha256',
      {
        config: { action: 'evidence.read' },
        schema: {
          tags: ['evidence'],
          description: 'The stored bytes, to a reader who may see an evidence record with this SHA-256 (a 404 otherwise). Images and videos are served inline, anything else as an attachment, sandboxed.',
          params: sha256Params,
          response: { 400: errorResponse, 404: errorResponse },
        },
      },
      async (request, reply) => {
        const evidence = await truce.runner.read(request.actor, findEvidenceFile, request.params);
        const inline = /^(image|video)\//.test(evidence.media_type);
        const name = evidence.original_name ?? evidence.sha256;
        return reply
          .header('content-type', evidence.media_type)
          .header('content-length', String(evidence.size))
          .header('x-content-type-options', 'nosniff')
          .header('content-security-policy', "default-src 'none'; sandbox")
          .header('cache-control', 'private, max-age=31536000, immutable')
          .header('content-disposition', `${inline ? 'inline' : 'attachment'}; filename="${name.replace(/[^\x20-\x7e]|["\\]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`)
          // A stream is sent as it is; the error schemas above only type the failures.
          .send(createReadStream(truce.evidence.pathOf(evidence.sha256)) as never);
      },
    );
  };
}
