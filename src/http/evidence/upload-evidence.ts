import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Truce } from '../../create-truce.js';
import { DomainError, InvalidInputError, PayloadTooLargeError } from '../../domain/domain-error.js';
import { addEvidence, type EvidenceUpload } from '../../services/evidence/add-evidence.js';
import type { ReceivedFile } from '../../store/evidence/evidence-files.js';
import { errorResponse, idParams, isoDateTime, webUrl } from '../common/common-schemas.js';
import { presentEvidenceList } from '../reports/present-report.js';
import { evidenceResponse } from '../reports/report-schema.js';

/** Files per upload, and what the fields and part headers of one upload may add to its files. */
const MAX_FILES = 20;
const FORM_OVERHEAD_BYTES = 1024 * 1024;

const flag = z.enum(['true', 'false']).transform((v) => v === 'true');
const evidenceFields = z.strictObject({
  url: webUrl.optional(),
  captured_at: isoDateTime.optional(),
  collector: z.string().trim().min(1).max(300).optional(),
  public: flag.optional(),
  releasable_to_parties: flag.optional(),
});

/**
 * `POST /reports/:id/evidence`, multipart: each file streams to disk while it is
 * hashed, never held whole; all files of a request are added or none, and a failed
 * request leaves no row and no file behind. Multipart parsing is registered here
 * only, with this route's limits.
 */
export function uploadEvidence(truce: Truce): FastifyPluginAsyncZod {
  return async (app) => {
    await app.register(multipart, { throwFileSizeLimit: true });
    app.post(
      '/reports/:id/evidence',
      {
        config: { action: 'evidence.create' },
        schema: {
          tags: ['reports'],
          description: `multipart/form-data: one to ${MAX_FILES} \`file\` parts, and optional fields url, captured_at, collector, public, releasable_to_parties. Files over ${truce.monitoring.evidenceMaxBytes} bytes answer 413.`,
          params: idParams,
          response: { 201: z.object({ items: z.array(evidenceResponse) }), 400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse, 413: errorResponse },
        },
      },
      async (request, reply) => {
        // A declared length no upload of this route can reach is refused before a byte of it is read.
        const declared = Number(request.headers['content-length'] ?? 0);
        const most = MAX_FILES * truce.monitoring.evidenceMaxBytes + FORM_OVERHEAD_BYTES;
        if (declared > most) {
          reply.header('connection', 'close');
          throw new PayloadTooLargeError('content-length', `declares ${declared} bytes; an upload holds at most ${MAX_FILES} files of ${truce.monitoring.evidenceMaxBytes} bytes`);
        }
        const received: ReceivedFile[] = [];
        try {
          const uploads: EvidenceUpload[] = [];
          const fields: Record<string, string> = {};
          const parts = request.parts({ preservePath: true, limits: { fileSize: truce.monitoring.evidenceMaxBytes, files: MAX_FILES, fields: 20, fieldSize: 8192 } });
          for await (const part of parts) {
            if (part.type !== 'file') {
              fields[part.fieldname] = String(part.value);
              continue;
            }
            const name = checkFileName(part.filename);
            const file = await truce.evidence.receive(part.file);
            received.push(file);
            if (part.file.truncated) throw new PayloadTooLargeError('file', `is larger than the limit of ${truce.monitoring.evidenceMaxBytes} bytes`);
            if (file.size === 0) throw new InvalidInputError('file', 'is empty (zero bytes)');
            uploads.push({ file, original_name: name });
          }
          if (uploads.length === 0) throw new InvalidInputError('file', 'send at least one file part');
          const parsed = evidenceFields.safeParse(fields);
          if (!parsed.success) {
            const issue = parsed.error.issues[0]!;
            throw new InvalidInputError(issue.path.join('.') || String((issue as { keys?: string[] }).keys?.[0] ?? 'body'), issue.message);
          }
          const placed: string[] = [];
          try {
            const { evidence, context } = await truce.runner.write(request.actor, addEvidence, { ...parsed.data, report_id: request.params.id, uploads, files: truce.evidence, placed });
            return reply.code(201).send({ items: presentEvidenceList(request.actor, evidence, context) });
          } catch (error) {
            await removeUncommitted(truce, placed);
            throw error;
          }
        } catch (error) {
          throw translate(error, truce.monitoring.evidenceMaxBytes, MAX_FILES);
        } finally {
          for (const file of received) await truce.evidence.discard(file.tempPath);
        }
      },
    );
  };
}

/** The original name is kept as given, but only a plain name: no directory, no NUL. */
function checkFileName(name: string | undefined): string | null {
  if (name === undefined || name === '') return null;
  if (/[/\\\0]/.test(name)) throw new InvalidInputError('file.filename', 'must be a plain file name, without path separators or NUL bytes');
  if (name.length > 255) throw new InvalidInputError('file.filename', 'is longer than 255 characters');
  return name;
}

/** A stored file whose row did not commit is removed, unless another committed row holds the same bytes. */
async function removeUncommitted(truce: Truce, placed: readonly string[]): Promise<void> {
  for (const sha256 of placed) {
    const kept = await truce.database.db.selectFrom('evidence').select('id').where('sha256', '=', sha256).executeTakeFirst();
    if (!kept) await truce.evidence.remove(sha256);
  }
}

function translate(error: unknown, limit: number, maxFiles: number): unknown {
  if (error instanceof DomainError) return error;
  const e = error as { statusCode?: number; code?: string; message?: string };
  // Each limit is named for what it limits: too many files is not a file too large.
  if (e.code === 'FST_FILES_LIMIT') return new PayloadTooLargeError('file', `more than ${maxFiles} files in one upload`);
  if (e.code === 'FST_FIELDS_LIMIT' || e.code === 'FST_PARTS_LIMIT') return new PayloadTooLargeError('body', 'too many form fields or parts in one upload');
  if (e.statusCode === 413 || e.code === 'FST_REQ_FILE_TOO_LARGE') return new PayloadTooLargeError('file', `is larger than the limit of ${limit} bytes`);
  if (e.code === 'FST_INVALID_MULTIPART_CONTENT_TYPE') return new InvalidInputError('content-type', 'must be multipart/form-data');
  if (e.code?.startsWith('FST_') || /unexpected end|terminated early|malformed|multipart/i.test(e.message ?? '')) {
    return new InvalidInputError('body', `the multipart upload is incomplete or malformed (${e.message ?? 'unknown error'})`);
  }
  return error;
}
