import type { Actor } from '../../domain/actor.js';
import { InvalidInputError } from '../../domain/domain-error.js';
import type { ClusterSettings } from '../../domain/incidents/cluster-decision.js';
import { AcledReader, type AcledBatch } from '../../domain/interop/acled-reader.js';
import { SniffingDecoder } from '../../domain/interop/sniffing-decoder.js';
import { UcdpReader, type UcdpBatch } from '../../domain/interop/ucdp-reader.js';
import type { UseCaseRunner } from '../use-case-runner.js';
import { acledReport, ucdpReport, type DatasetReport, type DatasetRow } from './dataset-report.js';
import { importReports, type DatasetFormat } from './import-reports.js';

/** Rows per transaction: large enough for the bulk path's speed, small enough to keep memory flat. */
export const IMPORT_BATCH = 2_000;

export interface ImportDatasetInput {
  format: DatasetFormat;
  /** The file's bytes, a chunk at a time; read once, in order. */
  bytes: AsyncIterable<Uint8Array>;
  actor: Actor;
  clustering: ClusterSettings;
  /** Read and check every row, and write nothing. */
  dryRun: boolean;
  /** Refuse the whole file at its first refused row. */
  strict?: boolean;
  batchSize?: number;
  /** Each row's outcome: a refused row as it is read, a created one once its batch is written (in a dry run, as it is read). */
  onRow?: (row: DatasetRow) => void | Promise<void>;
}

/** What a strict import throws at its first refused row. */
export class RefusedRowError extends InvalidInputError {
  constructor(
    readonly line: number,
    readonly reason: string,
  ) {
    super('file', `line ${line}: ${reason}`);
  }
}

export interface ImportCounts {
  created: number;
  refused: number;
}

/**
 * Imports an event dataset in constant memory: the file is read a chunk at a time, each row
 * read or refused with its line and reason, and the rows that can be reports are written a batch
 * per transaction through `importReports`. A bad row is counted and passed to `onRow`, and the
 * rest go on, unless `strict`, which throws at the first. A file that is not the format, or has
 * no row, throws before anything is written.
 */
export async function importDataset(runner: UseCaseRunner, input: ImportDatasetInput): Promise<ImportCounts> {
  const rows = datasetRows(input.format, runner.now());
  const size = input.batchSize ?? IMPORT_BATCH;
  const counts: ImportCounts = { created: 0, refused: 0 };
  let batch: { line: number; external_id: string; report: DatasetReport }[] = [];

  const flush = async () => {
    if (!batch.length) return;
    const written = batch;
    batch = [];
    await runner.write(input.actor, importReports, { format: input.format, reports: written.map((r) => r.report), clustering: input.clustering });
    counts.created += written.length;
    for (const row of written) await input.onRow?.(row);
  };
  const take = async (read: DatasetRow[]) => {
    for (const row of read) {
      if ('reason' in row) {
        if (input.strict) throw new RefusedRowError(row.line, row.reason);
        counts.refused++;
        await input.onRow?.(row);
      } else if (input.dryRun) {
        counts.created++;
        await input.onRow?.(row);
      } else {
        batch.push(row);
        if (batch.length >= size) await flush();
      }
    }
  };

  for await (const chunk of input.bytes) await take(rows.push(chunk));
  await take(rows.end());
  if (counts.created + counts.refused + batch.length === 0) throw new InvalidInputError('file', 'has a header but no rows');
  await flush();
  return counts;
}

/** The format's reader, its rows mapped to reports, in the order of their lines. */
function datasetRows(format: DatasetFormat, now: string): { push(bytes: Uint8Array): DatasetRow[]; end(): DatasetRow[] } {
  const inOrder = (rows: DatasetRow[]) => rows.sort((a, b) => a.line - b.line);
  if (format === 'acled') {
    // ACLED's own exports are UTF-8; re-exports through spreadsheets are often Windows-1252.
    const decoder = new SniffingDecoder();
    const reader = new AcledReader();
    const mapped = (b: AcledBatch): DatasetRow[] => [...b.refused, ...b.events.map((e) => acledReport(e, now))];
    return {
      push: (bytes) => inOrder(mapped(reader.push(decoder.push(bytes)))),
      end: () => inOrder([...mapped(reader.push(decoder.end())), ...mapped(reader.end())]),
    };
  }
  const reader = new UcdpReader();
  const mapped = (b: UcdpBatch): DatasetRow[] => [...b.refused, ...b.events.map((e) => ucdpReport(e, now))];
  return { push: (bytes) => inOrder(mapped(reader.push(bytes))), end: () => inOrder(mapped(reader.end())) };
}
