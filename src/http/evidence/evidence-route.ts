import { createReadStream } from 'node:fs';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Truce } from '../../create-truce.js';
import { addCustodyEvent } from '../../services/evidence/add-custody-event.js';
import { findEvidenceFile } from '../../services/evidence/find-evidence-file.js';
import { releaseEvidence } from '../../services/evidence/release-evidence.js';
import { errorResponse } from '../common/common-schemas.js';
import { presentEvidence } from '../reports/present-report.js';
import { custodyBody, evidenceParams, evidenceResponse, releaseBody, sha256Params } from '../reports/report-schema.js';
import { uploadEvidence } from './upload-evidence.js';

const errors = { 400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse, 409: errorResponse, 413: errorResponse };
// Evidence is filed under its report, and its routes are documented with the report's.
const tags = ['reports'];

/**
 * Evidence under its report: the upload, chain-of-custody events and release; and
 * `GET /evidence/:sha256`, the stored bytes, where anything but an image or a video is a download, never rendered in the page.
 */
export function evidenceRoute(truce: Truce): FastifyPluginAsyncZod {
  return async (app) => {
    await app.register(uploadEvidence(truce));

    app.post(
      '/reports/:id/evidence/:evidenceId/custody',
      {
        config: { action: 'evidence.custody' },
        schema: {
          tags,
          description:
            'Adds a chain-of-custody event (transferred, analysed, exported) by the caller, now, as a logged change of the evidence record; the upload itself was the collected event. Who held the evidence stays with the mission: others see the events without the people.',
          params: evidenceParams,
          body: custodyBody,
          response: { 201: evidenceResponse, ...errors },
        },
      },
      async (request, reply) => {
        const { evidence, context } = await truce.runner.write(request.actor, addCustodyEvent, { ...request.body, report_id: request.params.id, evidence_id: request.params.evidenceId });
        return reply.code(201).send(presentEvidence(request.actor, evidence, context)!);
      },
    );

    app.post(
      '/reports/:id/evidence/:evidenceId/release',
      {
        config: { action: 'evidence.release' },
        schema: {
          tags,
          description:
            'A verifier or mediator releases the evidence to the parties concerned or the public, or takes it back to the mission, as a logged change of the evidence record; nothing else releases evidence. Public evidence reaches the public once its incident is published. The same release again changes and logs nothing.',
          params: evidenceParams,
          body: releaseBody,
          response: { 200: evidenceResponse, ...errors },
        },
      },
      async (request) => {
        const { evidence, context } = await truce.runner.write(request.actor, releaseEvidence, { ...request.body, report_id: request.params.id, evidence_id: request.params.evidenceId });
        return presentEvidence(request.actor, evidence, context)!;
      },
    );

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
