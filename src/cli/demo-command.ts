import { Command } from 'commander';
import { resolveConfig } from '../config/truce-config.js';
import { createTruce } from '../create-truce.js';
import { loadDemo } from '../demo/load-demo.js';
import { withDatabaseOptions, type DatabaseOptions } from './database-options.js';
import { runCommand } from './run-command.js';

export function demoCommand(): Command {
  return withDatabaseOptions(new Command('demo'))
    .description('load the scenario from the source document (the March 2025 30-day ceasefire), the documented demo accounts, the gazetteer, and a few hundred synthetic reports; loading twice changes nothing')
    .action((options: DatabaseOptions) =>
      runCommand(async () => {
        const truce = await createTruce(resolveConfig({ db: options.db, dataDir: options.dataDir, logKey: options.logKey }));
        try {
          for (const line of await loadDemo(truce.runner)) process.stdout.write(`${line}\n`);
        } finally {
          await truce.close();
        }
      }),
    );
}
