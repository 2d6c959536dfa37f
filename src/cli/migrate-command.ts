import { Command } from 'commander';
import { resolveConfig } from '../config/truce-config.js';
import { openDatabase } from '../store/dialect/open-database.js';
import { migrateToLatest } from '../store/migrate-to-latest.js';
import { withDatabaseOptions, type DatabaseOptions } from './database-options.js';
import { runCommand } from './run-command.js';

export function migrateCommand(): Command {
  return withDatabaseOptions(new Command('migrate'))
    .description('bring the database schema up to date')
    .action((options: DatabaseOptions) =>
      runCommand(async () => {
        const config = resolveConfig({ db: options.db, dataDir: options.dataDir });
        const database = await openDatabase(config.dbUrl);
        try {
          const { applied } = await migrateToLatest(database.db, database.capabilities);
          process.stdout.write(applied.length ? `applied ${applied.join(', ')}\n` : 'the database is up to date\n');
        } finally {
          await database.close();
        }
      }),
    );
}
