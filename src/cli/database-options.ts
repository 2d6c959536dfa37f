import { Option, type Command } from 'commander';

/** The options every command that opens the database shares. */
export function withDatabaseOptions(command: Command): Command {
  return command
    .addOption(new Option('--db <url>', 'database URL: sqlite:PATH or postgres://USER@HOST/DB').env('TRUCE_DB'))
    .addOption(new Option('--data-dir <dir>', 'where the log key and evidence are kept').env('TRUCE_DATA_DIR'))
    .addOption(new Option('--log-key <file>', 'the log signing key (created in the data directory when absent)').env('TRUCE_LOG_KEY'));
}

export interface DatabaseOptions {
  db?: string;
  dataDir?: string;
  logKey?: string;
}
