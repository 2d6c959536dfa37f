import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';

/** What a verifier or witness remembers about a log between runs. */
export interface KnownLog {
  verifier_key: string;
  size: number;
  /** Standard base64 root at `size`. */
  root: string;
  seen_at: string;
  /** The checkpoint note itself, kept by witnesses as evidence should the log fork. */
  note?: string;
}

/** The user's config directory for Truce: TRUCE_CONFIG_DIR, else XDG_CONFIG_HOME/truce, else ~/.config/truce. */
export function truceConfigDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.TRUCE_CONFIG_DIR ?? join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'truce');
}

/**
 * A small JSON file of logs seen before, keyed by origin: the key trusted on first
 * use and the last checkpoint verified, so the next run can prove the log only grew.
 */
export class KnownLogs {
  constructor(private readonly file: string) {}

  get(origin: string): KnownLog | undefined {
    return this.readAll()[origin];
  }

  set(origin: string, log: KnownLog): void {
    const all = this.readAll();
    all[origin] = log;
    mkdirSync(dirname(this.file), { recursive: true, mode: 0o700 });
    const temp = `${this.file}.${process.pid}.tmp`;
    writeFileSync(temp, `${JSON.stringify(all, null, 2)}\n`, { mode: 0o600 });
    renameSync(temp, this.file);
  }

  private readAll(): Record<string, KnownLog> {
    try {
      return JSON.parse(readFileSync(this.file, 'utf8')) as Record<string, KnownLog>;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
      throw new Error(`cannot read ${this.file}: ${(error as Error).message}`);
    }
  }
}
