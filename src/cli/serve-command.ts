import { Command, Option } from 'commander';
import { pino } from 'pino';
import { resolveConfig } from '../config/truce-config.js';
import { createTruce } from '../create-truce.js';
import { loadDemoScenario } from '../demo/load-demo-scenario.js';
import { loadMonitoringDemo } from '../demo/load-monitoring-demo.js';
import { SYSTEM_ACTOR } from '../domain/actor.js';
import { loadGazetteer } from '../services/places/load-gazetteer.js';
import { countPlaces } from '../store/queries/place-queries.js';
import { buildServer } from '../http/build-server.js';
import { withDatabaseOptions, type DatabaseOptions } from './database-options.js';
import { runCommand } from './run-command.js';

interface ServeOptions extends DatabaseOptions {
  port: string;
  host: string;
  demo?: boolean;
  migrate: boolean;
}

export function serveCommand(): Command {
  return withDatabaseOptions(new Command('serve'))
    .description('serve the API and the web UI')
    .addOption(new Option('--port <port>', 'port to listen on').default('8080').env('PORT'))
    .addOption(new Option('--host <host>', 'address to listen on; until accounts exist, writes are open only to 127.0.0.1').default('127.0.0.1'))
    .option('--demo', 'load the scenario from the source document before serving')
    .option('--no-migrate', 'do not run database migrations at start-up')
    .action((options: ServeOptions) =>
      runCommand(async () => {
        const logger = pino({ level: process.env.TRUCE_LOG_LEVEL ?? 'info' });
        const truce = await createTruce(resolveConfig({ db: options.db, dataDir: options.dataDir, logKey: options.logKey, migrate: options.migrate }), logger);
        if (options.demo) {
          const { loaded } = await loadDemoScenario(truce.runner);
          logger.info(loaded ? 'demo scenario loaded' : 'demo scenario already present');
          await truce.runner.write(SYSTEM_ACTOR, loadGazetteer, undefined);
          await loadMonitoringDemo(truce.runner);
        } else if ((await countPlaces(truce.database.db)) === 0) {
          logger.warn('the gazetteer is empty: reports can give points but not place names until `truce gazetteer load`');
        }
        const app = await buildServer(truce, { logger });
        const address = await app.listen({ port: Number(options.port), host: options.host });
        process.stdout.write(`Truce is serving ${truce.database.description} at ${address}\n`);

        await new Promise<void>((resolve) => {
          const stop = (signal: string) => {
            logger.info({ signal }, 'shutting down');
            resolve();
          };
          process.once('SIGINT', stop);
          process.once('SIGTERM', stop);
        });
        await app.close();
        await truce.close();
        process.stdout.write('Truce stopped; the database is closed.\n');
      }),
    );
}
