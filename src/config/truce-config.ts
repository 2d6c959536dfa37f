import { join, resolve } from 'node:path';
import { monitoringFromEnv, type MonitoringSettings } from './monitoring-settings.js';

export const DEFAULT_DATA_DIR = './truce-data';
export const DEFAULT_DB_URL = 'sqlite:./truce-data/truce.db';

/** Everything the composition root needs; the CLI, the server and the tests all build one. */
export interface TruceConfig {
  /** sqlite:PATH or postgres://… */
  dbUrl: string;
  /** Where the log key (and later evidence) live. */
  dataDir: string;
  /** Run migrations at start-up. */
  migrate: boolean;
  /** The log's signer key file; defaults to DATA_DIR/log-signing.key, created on first start. */
  logKeyPath: string;
  /** Verifier keys of the witnesses whose cosignatures the log accepts. */
  witnessKeys: string[];
  /** Confine PostgreSQL to one schema (tests). */
  pgSchema?: string;
  /** The clock, replaceable in tests; expiry and every timestamp follow it. */
  clock: () => Date;
  /** Clustering distance and window, and the evidence size limit; defaults in monitoring-settings.ts. */
  monitoring?: Partial<MonitoringSettings>;
}

export interface ConfigInput {
  db?: string | undefined;
  dataDir?: string | undefined;
  migrate?: boolean | undefined;
  logKey?: string | undefined;
  witnesses?: string[] | undefined;
}

/** Flags win over the environment, which wins over defaults. */
export function resolveConfig(input: ConfigInput, env: NodeJS.ProcessEnv = process.env): TruceConfig {
  const dataDir = resolve(input.dataDir ?? env.TRUCE_DATA_DIR ?? DEFAULT_DATA_DIR);
  return {
    dbUrl: input.db ?? env.TRUCE_DB ?? DEFAULT_DB_URL,
    dataDir,
    migrate: input.migrate ?? true,
    logKeyPath: resolve(input.logKey ?? env.TRUCE_LOG_KEY ?? join(dataDir, 'log-signing.key')),
    witnessKeys: input.witnesses ?? [],
    clock: () => new Date(),
    monitoring: monitoringFromEnv(env),
  };
}
