import { Option, type Command } from 'commander';

const dbOption = () => new Option('--db <url>', 'database URL: sqlite:PATH or postgres://USER@HOST/DB').env('TRUCE_DB');

/** The options every command that opens the database shares. */
export function withDatabaseOptions(command: Command): Command {
  return command
    .addOption(dbOption())
    .addOption(new Option('--data-dir <dir>', 'where the log key and evidence are kept').env('TRUCE_DATA_DIR'))
    .addOption(new Option('--log-key <file>', 'the log signing key (created in the data directory when absent)').env('TRUCE_LOG_KEY'));
}

/**
 * The options of a command that only reads the database. It needs neither the data directory
 * nor the key; both are still accepted, unshown, so that scripts written with them keep working.
 */
export function withReadOnlyDatabaseOptions(command: Command): Command {
  return command
    .addOption(dbOption())
    .addOption(new Option('--data-dir <dir>').hideHelp())
    .addOption(new Option('--log-key <file>').hideHelp());
}

export interface DatabaseOptions {
  db?: string;
  dataDir?: string;
  logKey?: string;
}
