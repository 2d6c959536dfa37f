import { SigningKeyError } from '../config/load-signing-key.js';
import { DatabaseOpenError } from '../store/dialect/database-open-error.js';
import { isStorageFull, StorageFullError } from '../store/dialect/storage-full.js';

/** Exit code for a setup problem the operator must fix (a database or key that cannot be used). */
export const EXIT_SETUP = 2;

/**
 * Runs a command; whatever fails ends in one line on standard error, never a stack trace:
 * setup problems with exit code 2, anything else with 1.
 */
export async function runCommand(action: () => Promise<number | void>): Promise<void> {
  try {
    const code = await action();
    if (typeof code === 'number') process.exitCode = code;
  } catch (error) {
    if (error instanceof DatabaseOpenError || error instanceof SigningKeyError) {
      process.stderr.write(`truce: ${error.message}\n`);
      process.exitCode = EXIT_SETUP;
      return;
    }
    process.stderr.write(`truce: ${failure(error).replace(/\s*\n\s*/g, ' ')}\n`);
    process.exitCode = 1;
  }
}

function failure(error: unknown): string {
  // A write refused for lack of space says so itself; a full disk outside one (migrations, the key file) is named here.
  if (isStorageFull(error) && !(error instanceof StorageFullError)) return `the storage is full: ${(error as Error).message}`;
  return error instanceof Error ? error.message : String(error);
}
