import { fileTypeFromBuffer } from 'file-type';
import { recordFromRow } from '../../store/record-kinds.js';
import { ForbiddenError, NotFoundError } from '../../domain/domain-error.js';
import type { EvidenceFiles, ReceivedFile } from '../../store/evidence/evidence-files.js';
import type { Evidence } from '../../domain/monitoring/evidence-types.js';
import type { EvidenceContext } from '../../domain/policy/disclosure/evidence-policy.js';
import { evidenceContext } from './evidence-context.js';
import { newId } from '../new-id.js';
import type { WriteContext } from '../use-case-context.js';

export interface EvidenceUpload {
  file: ReceivedFile;
  original_name: string | null;
}

export interface AddEvidenceInput {
  report_id: string;
  uploads: EvidenceUpload[];
  url?: string | null;
  captured_at?: string | null;
  collector?: string | null;
  public?: boolean;
  releasable_to_parties?: boolean;
  files: EvidenceFiles;
  /** Filled with the SHA-256 of every file this call newly stored, so the caller can remove them if the transaction fails. */
  placed: string[];
}

/**
 * Attaches uploaded files to a report: one row each, with its media type sniffed
 * from the bytes and a `collected` custody event. Files move into the store inside
 * the transaction; the caller removes `placed` ones if it does not commit.
 */
export async function addEvidence(ctx: WriteContext, input: AddEvidenceInput): Promise<{ evidence: Evidence[]; context: EvidenceContext }> {
  const report = await ctx.db.selectFrom('reports').select(['id', 'filed_by_party_id', 'submitted_by']).where('id', '=', input.report_id).executeTakeFirst();
  if (!report) throw new NotFoundError('report', input.report_id);
  if (ctx.actor.role === 'liaison' && (report.filed_by_party_id === null || report.filed_by_party_id !== ctx.actor.partyId)) {
    throw new ForbiddenError('a liaison adds evidence only to its own party’s allegations');
  }
  const rows = [];
  for (const upload of input.uploads) {
    const type = await fileTypeFromBuffer(upload.file.head);
    rows.push({
      id: newId(),
      report_id: report.id,
      sha256: upload.file.sha256,
      media_type: type?.mime ?? 'application/octet-stream',
      size: upload.file.size,
      original_name: upload.original_name,
      url: input.url ?? null,
      captured_at: input.captured_at ?? null,
      collector: input.collector ?? null,
      public: input.public ? 1 : 0,
      releasable_to_parties: input.releasable_to_parties ? 1 : 0,
      custody: JSON.stringify([{ event: 'collected', actor: ctx.actor.id, at: ctx.now, note: input.collector ? `collected by ${input.collector}` : null }]),
      submitted_by: ctx.actor.id,
      created_at: ctx.now,
      updated_at: ctx.now,
    });
  }
  const stored = await ctx.records.insertMany('evidence', 'added', rows);
  for (const upload of input.uploads) {
    if (await input.files.place(upload.file)) input.placed.push(upload.file.sha256);
  }
  return { evidence: stored.map((row) => recordFromRow('evidence', row)), context: await evidenceContext(ctx, report.id) };
}
