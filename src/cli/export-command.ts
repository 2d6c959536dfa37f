import { createWriteStream } from 'node:fs';
import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Command } from 'commander';
import { resolveConfig } from '../config/truce-config.js';
import { PUBLIC_ACTOR } from '../domain/actor.js';
import { exportIncidentsAcledCsv } from '../services/exports/export-incidents.js';
import { withReadOnlyDatabaseOptions, type DatabaseOptions } from './database-options.js';
import { openReadOnlyRunner } from './open-read-only-runner.js';
import { runCommand } from './run-command.js';

interface AcledOptions extends DatabaseOptions {
  out?: string;
}

/**
 * `truce export acled`: the incidents as CSV with ACLED's columns, as the public sees them
 * (what is published, through the disclosure policy), like `GET /api/v1/incidents.csv` without a token.
 */
export function exportCommand(): Command {
  const acled = withReadOnlyDatabaseOptions(new Command('acled'))
    .description('the published incidents and their reports as CSV with ACLED’s column names, as the public sees them')
    .option('--out <file>', 'write to this file instead of standard output')
    .action((options: AcledOptions) =>
      runCommand(async () => {
        const reader = await openReadOnlyRunner(resolveConfig({ db: options.db }));
        try {
          const target: Writable = options.out ? createWriteStream(options.out) : process.stdout;
          await pipeline(Readable.from(exportIncidentsAcledCsv(reader.runner, PUBLIC_ACTOR)), target, { end: options.out !== undefined });
        } finally {
          await reader.close();
        }
      }),
    );
  return new Command('export').description('files for other tools, through the disclosure policy').addCommand(acled);
}
