import type { TruceConfig } from '../config/truce-config.js';
import { UseCaseRunner } from '../services/use-case-runner.js';
import { DatabaseOpenError } from '../store/dialect/database-open-error.js';
import { openDatabase } from '../store/dialect/open-database.js';
import { checkLogFormat } from '../store/log/check-log-format.js';
import { loadPseudonyms } from '../store/log/load-pseudonyms.js';

export interface ReadOnlyRunner {
  runner: UseCaseRunner;
  close(): Promise<void>;
}

/**
 * The use cases' reads over a database opened read-only, for the commands that only read
 * (`report daily`, `export`): no migration, no signing key, no checkpoint, so nothing is written
 * to the database or the data directory, and they work on a full disk.
 */
export async function openReadOnlyRunner(config: Pick<TruceConfig, 'dbUrl' | 'clock'>): Promise<ReadOnlyRunner> {
  const database = await openDatabase(config.dbUrl, { readOnly: true });
  try {
    await checkLogFormat(database.db);
    // The pseudonym key is read, never made: a read-only open refuses the write that would make it.
    const pseudonyms = await loadPseudonyms(database.db).catch((error: unknown) => {
      throw new DatabaseOpenError(`the database ${database.description} holds no Truce log to read yet (${(error as Error).message}): run truce serve or truce demo on it first`);
    });
    return { runner: new UseCaseRunner(database, config.clock, pseudonyms, () => {}), close: () => database.close() };
  } catch (error) {
    await database.close();
    throw error;
  }
}
