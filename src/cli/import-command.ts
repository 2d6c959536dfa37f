import { createReadStream, createWriteStream, statSync, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { Argument, Command } from 'commander';
import cliProgress from 'cli-progress';
import { monitoringSettings } from '../config/monitoring-settings.js';
import { resolveConfig } from '../config/truce-config.js';
import { createTruce } from '../create-truce.js';
import { InvalidInputError } from '../domain/domain-error.js';
import { csvLine } from '../domain/interop/csv-line.js';
import type { DatasetRow } from '../services/imports/dataset-report.js';
import { importDataset, RefusedRowError, type ImportCounts } from '../services/imports/import-dataset.js';
import { DATASET_FORMATS, type DatasetFormat } from '../services/imports/import-reports.js';
import type { UseCaseRunner } from '../services/use-case-runner.js';
import { CLI_ACTOR } from './cli-actor.js';
import { withDatabaseOptions, type DatabaseOptions } from './database-options.js';
import { openReadOnlyRunner } from './open-read-only-runner.js';
import { EXIT_SETUP, runCommand } from './run-command.js';

interface ImportOptions extends DatabaseOptions {
  dryRun?: boolean;
  strict?: boolean;
  rejects?: string;
}

/** Exit code when --strict met a refused row: nothing was written. */
const EXIT_REFUSED = 1;

/**
 * `truce import FORMAT FILE`: an event dataset's rows as reports from the dataset's source,
 * written a batch at a time through the bulk path. Refused rows are named (line and reason) on
 * standard error or in the rejects file; a file that is not the format, or that cannot be read,
 * ends in one line and exit code 2 before anything is written.
 */
export function importCommand(): Command {
  return withDatabaseOptions(new Command('import'))
    .description('import an ACLED export or a UCDP GED CSV as reports, clustered into incidents; a refused row is named and the rest go on')
    .addArgument(new Argument('<format>', 'the file’s format').choices(DATASET_FORMATS))
    .argument('<file>', 'the CSV file')
    .option('--dry-run', 'read and check every row, print what would be created and refused, and write nothing')
    .option('--strict', 'refuse the whole file, writing nothing, if any row is refused')
    .option('--rejects <file>', 'write the refused rows (line and reason) to this CSV file')
    .action((format: DatasetFormat, file: string, options: ImportOptions) =>
      runCommand(async () => {
        let size: number;
        try {
          size = statSync(file).size;
        } catch (error) {
          process.stderr.write(`truce: ${file} cannot be read: ${(error as Error).message}\n`);
          return EXIT_SETUP;
        }
        const config = resolveConfig({ db: options.db, dataDir: options.dataDir, logKey: options.logKey });
        const clustering = monitoringSettings(config.monitoring).clustering;
        const open = options.dryRun ? await openReadOnlyRunner(config) : await createTruce(config);
        const rejects = options.rejects ? createWriteStream(options.rejects) : null;
        try {
          rejects?.write(csvLine(['line', 'reason']));
          const run = (runner: UseCaseRunner, dryRun: boolean, strict: boolean, onRow?: (row: DatasetRow) => void) =>
            importDataset(runner, { format, bytes: withProgress(file, size), actor: CLI_ACTOR, clustering, dryRun, strict, ...(onRow ? { onRow } : {}) });
          // A strict import reads the file once to find any refused row before it writes one.
          if (options.strict && !options.dryRun) await run(open.runner, true, true);
          const counts = await run(open.runner, options.dryRun ?? false, options.strict ?? false, (row) => report(row, options.dryRun ?? false, rejects));
          process.stdout.write(summary(format, counts, options));
          return 0;
        } catch (error) {
          if (!(error instanceof InvalidInputError)) throw error;
          if (error instanceof RefusedRowError) rejects?.write(csvLine([error.line, error.reason]));
          process.stderr.write(`truce: ${error.message.replace(/\s*\n\s*/g, ' ')}\n`);
          return error instanceof RefusedRowError ? EXIT_REFUSED : EXIT_SETUP;
        } finally {
          if (rejects) await closed(rejects);
          await open.close();
        }
      }),
    );
}

/** A row's outcome: a dry run prints every row; a refused row goes to the rejects file, else to standard error. */
function report(row: DatasetRow, dryRun: boolean, rejects: WriteStream | null): void {
  if ('reason' in row) {
    rejects?.write(csvLine([row.line, row.reason]));
    if (dryRun || !rejects) process[dryRun ? 'stdout' : 'stderr'].write(`${dryRun ? 'would refuse' : 'refused'} line ${row.line}: ${row.reason}\n`);
  } else if (dryRun) {
    const r = row.report;
    process.stdout.write(`would create line ${row.line}: ${row.external_id} ${r.kind} ${r.observed_at.start.slice(0, 10)} at ${r.point!.latitude},${r.point!.longitude}\n`);
  }
}

function summary(format: DatasetFormat, counts: ImportCounts, options: ImportOptions): string {
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const created = plural(counts.created, 'report');
  const refused = `${plural(counts.refused, 'row')}${counts.refused && options.rejects ? ` (in ${options.rejects})` : ''}`;
  if (options.dryRun) return `${format}: would create ${created}, would refuse ${refused}; nothing was written\n`;
  return `${format}: created ${created}, refused ${refused}\n`;
}

/** The file's bytes, with a progress bar by bytes read on standard error. */
async function* withProgress(file: string, size: number): AsyncGenerator<Uint8Array> {
  const bar = new cliProgress.SingleBar(
    { format: 'importing [{bar}] {percentage}% | {value}/{total} bytes | {eta_formatted} left', stream: process.stderr, noTTYOutput: true, notTTYSchedule: 5000 },
    cliProgress.Presets.shades_classic,
  );
  bar.start(size, 0);
  let read = 0;
  try {
    for await (const chunk of createReadStream(file, { highWaterMark: 256 * 1024 })) {
      read += (chunk as Buffer).length;
      bar.update(read);
      yield chunk as Buffer;
    }
  } finally {
    bar.stop();
  }
}

async function closed(stream: WriteStream): Promise<void> {
  stream.end();
  await once(stream, 'close');
}
