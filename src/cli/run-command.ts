import { SigningKeyError } from '../config/load-signing-key.js';
import { DatabaseOpenError } from '../store/dialect/database-open-error.js';

/** Exit code for a setup problem the operator must fix (a database or key that cannot be used). */
export const EXIT_SETUP = 2;

/** Runs a command; setup problems end with one clear line and exit code 2, never a stack trace. */
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
    process.stderr.write(`truce: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
}
