import { randomBytes } from 'node:crypto';
import { pino, type Logger } from 'pino';
import { loadSigningKey, SigningKeyError } from './config/load-signing-key.js';
import type { TruceConfig } from './config/truce-config.js';
import { parseWitnessVerifierKey } from './ledger/cosignature.js';
import { monitoringSettings, type MonitoringSettings } from './config/monitoring-settings.js';
import { EvidenceFiles } from './store/evidence/evidence-files.js';
import { parseSignerKey } from './ledger/note-keys.js';
import { PdfPrinter } from './daily-report/pdf-printer.js';
import { LoginThrottle } from './services/accounts/login-throttle.js';
import { UseCaseRunner } from './services/use-case-runner.js';
import { TransparencyLog } from './services/log/transparency-log.js';
import type { DatabaseHandle } from './store/dialect/database-handle.js';
import { openDatabase } from './store/dialect/open-database.js';
import { checkLogFormat } from './store/log/check-log-format.js';
import { loadPseudonyms } from './store/log/load-pseudonyms.js';
import { migrateToLatest } from './store/migrate-to-latest.js';

export interface Truce {
  config: TruceConfig;
  database: DatabaseHandle;
  runner: UseCaseRunner;
  log: TransparencyLog;
  logger: Logger;
  /** Failed-login delays, per account and per address (in memory: one process). */
  loginThrottle: LoginThrottle;
  monitoring: MonitoringSettings;
  /** The content-addressed evidence store under the data directory. */
  evidence: EvidenceFiles;
  /** Daily-report PDFs, bounded and kept by content: one printer per process. */
  pdfPrinter: PdfPrinter;
  /** Signs what is left to sign, then closes the database. */
  close(): Promise<void>;
}

/**
 * The composition root: the one place that wires configuration, database, log
 * and use cases. The server, the CLI and the tests all start here.
 */
export async function createTruce(config: TruceConfig, logger: Logger = pino({ level: 'silent' })): Promise<Truce> {
  const database = await openDatabase(config.dbUrl, config.pgSchema ? { schema: config.pgSchema } : {});
  try {
    await checkLogFormat(database.db);
    if (config.migrate) await migrateToLatest(database.db, database.capabilities);
    const signer = parseSigner(loadSigningKey(config.logKeyPath, () => `truce.log/${randomBytes(4).toString('hex')}`), config.logKeyPath);
    await bindKeyToDatabase(database, signer.verifierKey, config.logKeyPath);
    const log = new TransparencyLog(database, signer, config.clock, config.witnessKeys.map(parseWitness), logger);
    await log.signCheckpoint();
    const runner = new UseCaseRunner(database, config.clock, await loadPseudonyms(database.db), () => log.scheduleCheckpoint());
    return {
      config,
      database,
      runner,
      log,
      logger,
      loginThrottle: new LoginThrottle(database.db, config.clock),
      monitoring: monitoringSettings(config.monitoring),
      evidence: new EvidenceFiles(config.dataDir),
      pdfPrinter: new PdfPrinter(),
      close: async () => {
        try {
          await log.close();
        } finally {
          await database.close();
        }
      },
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}

function parseSigner(text: string, path: string) {
  try {
    return parseSignerKey(text);
  } catch (error) {
    throw new SigningKeyError(`the log signing key ${path} is not a signed-note signer key: ${(error as Error).message}`);
  }
}

function parseWitness(key: string) {
  try {
    return parseWitnessVerifierKey(key);
  } catch (error) {
    throw new SigningKeyError(`bad witness key "${key}": ${(error as Error).message}`);
  }
}

/** A log is signed by one key for life: a different key on the same database is refused, not silently used. */
async function bindKeyToDatabase(database: DatabaseHandle, verifierKey: string, keyPath: string): Promise<void> {
  const stored = await database.db.selectFrom('log_meta').select('value').where('key', '=', 'verifier_key').executeTakeFirst();
  if (!stored) {
    await database.db.insertInto('log_meta').values({ key: 'verifier_key', value: verifierKey }).execute();
  } else if (stored.value !== verifierKey) {
    throw new SigningKeyError(`the log in this database is signed by ${stored.value}, but the key at ${keyPath} is ${verifierKey}`);
  }
}
