import { Command } from 'commander';
import { resolveConfig } from '../config/truce-config.js';
import { createTruce } from '../create-truce.js';
import { loadDemoScenario } from '../demo/load-demo-scenario.js';
import { loadDemoUsers } from '../demo/load-demo-users.js';
import { withDatabaseOptions, type DatabaseOptions } from './database-options.js';
import { runCommand } from './run-command.js';

export function demoCommand(): Command {
  return withDatabaseOptions(new Command('demo'))
    .description('load the scenario from the source document (the March 2025 30-day ceasefire) and the documented demo accounts; loading twice changes nothing')
    .action((options: DatabaseOptions) =>
      runCommand(async () => {
        const truce = await createTruce(resolveConfig({ db: options.db, dataDir: options.dataDir, logKey: options.logKey }));
        try {
          const { loaded } = await loadDemoScenario(truce.runner);
          process.stdout.write(loaded ? 'loaded the demo scenario\n' : 'the demo scenario is already loaded\n');
          const { created } = await loadDemoUsers(truce.runner);
          if (created.length) process.stdout.write(`created the demo accounts ${created.join(', ')} (passwords in the README)\n`);
        } finally {
          await truce.close();
        }
      }),
    );
}
