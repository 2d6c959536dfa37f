import { Command, Option } from 'commander';
import { resolveConfig } from '../config/truce-config.js';
import { createTruce } from '../create-truce.js';
import { createLogger } from '../config/create-logger.js';
import { loadDemo } from '../demo/load-demo.js';
import { ensureFirstAdmin } from '../services/accounts/ensure-first-admin.js';
import { SYSTEM_ACTOR } from '../domain/actor.js';
import { countPlaces } from '../store/queries/place-queries.js';
import { buildServer } from '../http/build-server.js';
import { withDatabaseOptions, type DatabaseOptions } from './database-options.js';
import { runCommand } from './run-command.js';

interface ServeOptions extends DatabaseOptions {
  port: string;
  host: string;
  demo?: boolean;
  migrate: boolean;
  witness?: string[];
  secureCookies?: boolean;
  trustProxy?: string;
}

export function serveCommand(): Command {
  return withDatabaseOptions(new Command('serve'))
    .description('serve the API and the web UI')
    .addOption(new Option('--port <port>', 'port to listen on').default('8080').env('PORT'))
    .addOption(new Option('--host <host>', 'address to listen on').default('127.0.0.1'))
    .option('--demo', 'load the scenario from the source document and the documented demo accounts before serving')
    .option('--secure-cookies', 'mark the session cookie Secure even over plain HTTP (when TLS ends at a proxy in front)')
    .option('--trust-proxy <addresses>', 'believe X-Forwarded-For/-Proto from these proxy addresses (comma-separated, CIDR allowed), for login limits per client address')
    .option('--no-migrate', 'do not run database migrations at start-up')
    .option('--witness <vkey...>', 'accept cosignatures from this witness verifier key (repeatable)')
    .action((options: ServeOptions) =>
      runCommand(async () => {
        const logger = createLogger();
        const truce = await createTruce(resolveConfig({ db: options.db, dataDir: options.dataDir, logKey: options.logKey, migrate: options.migrate, witnesses: options.witness }), logger);
        if (options.demo) {
          for (const line of await loadDemo(truce.runner)) process.stdout.write(`${line}\n`);
        } else if ((await countPlaces(truce.database.db)) === 0) {
          logger.warn('the gazetteer is empty: reports can give points but not place names until `truce gazetteer load`');
        }
        // First start with no accounts: one administrator, its password shown here once (on stdout, never in the log).
        const first = await truce.runner.write(SYSTEM_ACTOR, ensureFirstAdmin, undefined);
        if (first) {
          process.stdout.write(
            `created the first administrator "${first.name}" with password: ${first.password}\n` +
              'it is shown only this once and stored only as a hash; change it with: truce user reset-password admin\n',
          );
        }
        const app = await buildServer(truce, {
          logger,
          secureCookies: options.secureCookies ?? false,
          ...(options.trustProxy ? { trustProxy: options.trustProxy } : {}),
        });
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
