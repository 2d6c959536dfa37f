import { Command } from 'commander';
import { resolveConfig } from '../config/truce-config.js';
import { createTruce } from '../create-truce.js';
import { loadDemoScenario } from '../demo/load-demo-scenario.js';
import { loadMonitoringDemo } from '../demo/load-monitoring-demo.js';
import { SYSTEM_ACTOR } from '../domain/actor.js';
import { loadGazetteer } from '../services/places/load-gazetteer.js';
import { withDatabaseOptions, type DatabaseOptions } from './database-options.js';
import { runCommand } from './run-command.js';

export function demoCommand(): Command {
  return withDatabaseOptions(new Command('demo'))
    .description('load the scenario from the source document (the March 2025 30-day ceasefire), the gazetteer, and a few hundred synthetic reports; loading twice changes nothing')
    .action((options: DatabaseOptions) =>
      runCommand(async () => {
        const truce = await createTruce(resolveConfig({ db: options.db, dataDir: options.dataDir, logKey: options.logKey }));
        try {
          const { loaded } = await loadDemoScenario(truce.runner);
          process.stdout.write(loaded ? 'loaded the demo scenario\n' : 'the demo scenario is already loaded\n');
          await truce.runner.write(SYSTEM_ACTOR, loadGazetteer, undefined);
          const monitoring = await loadMonitoringDemo(truce.runner);
          process.stdout.write(monitoring.loaded ? 'loaded the synthetic monitoring reports\n' : 'the synthetic monitoring reports are already loaded\n');
        } finally {
          await truce.close();
        }
      }),
    );
}
