import { existsSync, readFileSync } from 'node:fs';
import { Command } from 'commander';
import { resolveConfig } from '../config/truce-config.js';
import { SigningKeyError } from '../config/load-signing-key.js';
import { parseSignerKey } from '../ledger/note-keys.js';
import { withDatabaseOptions, type DatabaseOptions } from './database-options.js';
import { runCommand } from './run-command.js';

export function logCommand(): Command {
  const log = new Command('log').description('the transparency log');
  log.addCommand(
    withDatabaseOptions(new Command('key'))
      .description('print the log verifier key (name+hexkeyid+base64) to give to verifiers and witnesses')
      .action((options: DatabaseOptions) =>
        runCommand(async () => {
          const { logKeyPath } = resolveConfig({ dataDir: options.dataDir, logKey: options.logKey });
          if (!existsSync(logKeyPath)) throw new SigningKeyError(`no log key at ${logKeyPath}: start the server once to create it, or give --log-key`);
          try {
            process.stdout.write(`${parseSignerKey(readFileSync(logKeyPath, 'utf8').trim()).verifierKey}\n`);
          } catch (error) {
            throw new SigningKeyError(`the log key at ${logKeyPath} is not a signer key: ${(error as Error).message}`);
          }
        }),
      ),
  );
  return log;
}
