import type { Logger } from 'pino';
import { formatCheckpoint } from '../../ledger/checkpoint.js';
import { consistencyProof, inclusionProof, treeRoot } from '../../ledger/merkle-proofs.js';
import { verifyConsistency } from '../../ledger/merkle-verify.js';
import { signNote } from '../../ledger/signed-note.js';
import type { NoteSigner } from '../../ledger/note-keys.js';
import type { DatabaseHandle } from '../../store/dialect/database-handle.js';
import { logSize } from '../../store/log/append-log-entries.js';
import { cosignatureLines, latestCheckpoint, type StoredCheckpoint } from '../../store/log/checkpoint-queries.js';
import { DatabaseHashReader } from '../../store/log/database-hash-reader.js';

/** How soon after a write its checkpoint is signed; the promise is within one second. */
const SIGN_DELAY_MS = 200;

/** The log refuses to sign: its stored tree no longer extends the last checkpoint it signed. */
export class LogConsistencyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LogConsistencyError';
  }
}

/**
 * The log as a service: signs checkpoints after writes and answers proofs from
 * stored hashes. Appends happen inside each write's transaction (RecordWriter).
 */
export class TransparencyLog {
  private timer: NodeJS.Timeout | null = null;
  private signing: Promise<StoredCheckpoint | undefined> | null = null;

  constructor(
    private readonly database: DatabaseHandle,
    private readonly signer: NoteSigner,
    private readonly clock: () => Date,
    private readonly logger?: Logger,
  ) {}

  get origin(): string {
    return this.signer.name;
  }

  size(): Promise<number> {
    return logSize(this.database.db);
  }

  /** Called after every commit: a checkpoint follows within a second. */
  scheduleCheckpoint(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.signCheckpoint().catch((error: unknown) => this.logger?.error({ err: error }, 'checkpoint signing failed'));
    }, SIGN_DELAY_MS);
    this.timer.unref();
  }

  /**
   * Signs a checkpoint for the current tree if it grew. Holding the log lock, it
   * first proves the tree consistent with the last signed checkpoint, so the log
   * never signs two views that contradict each other, across restarts and processes.
   */
  signCheckpoint(): Promise<StoredCheckpoint | undefined> {
    const run = async () => {
      if (this.signing) await this.signing.catch(() => undefined);
      return this.database.db.transaction().execute(async (tx) => {
        await this.database.capabilities.lockLog(tx);
        const size = await logSize(tx);
        const last = await latestCheckpoint(tx);
        if (last && last.size === size) return last;
        if (last && last.size > size) {
          throw new LogConsistencyError(`the log holds ${size} entries but checkpoint ${last.size} was signed: entries were removed`);
        }
        const reader = new DatabaseHashReader(tx);
        const root = await treeRoot(size, reader);
        // Every tree extends the empty one; from any larger size, prove it.
        if (last && last.size > 0) {
          const proof = await consistencyProof(last.size, size, reader);
          if (!verifyConsistency(last.size, size, last.root, root, proof)) {
            throw new LogConsistencyError(`the log at size ${size} is not consistent with the checkpoint signed at size ${last.size}`);
          }
        }
        const note = signNote(formatCheckpoint({ origin: this.signer.name, size, root }), this.signer);
        const checkpoint = { size, root, note, signed_at: this.clock().toISOString() };
        await tx.insertInto('log_checkpoints').values(checkpoint).execute();
        return checkpoint;
      });
    };
    const promise = run();
    this.signing = promise;
    return promise;
  }

  async latestCheckpoint(): Promise<StoredCheckpoint | undefined> {
    return latestCheckpoint(this.database.db);
  }

  /** The signed note with every cosignature received for it appended. */
  async checkpointNote(): Promise<string | undefined> {
    const checkpoint = await this.latestCheckpoint();
    if (!checkpoint) return undefined;
    const lines = await cosignatureLines(this.database.db, checkpoint.size);
    return lines.length === 0 ? checkpoint.note : checkpoint.note + lines.map((l) => `${l}\n`).join('');
  }

  inclusionProof(index: number, size: number): Promise<Buffer[]> {
    return inclusionProof(index, size, new DatabaseHashReader(this.database.db));
  }

  consistencyProof(from: number, to: number): Promise<Buffer[]> {
    return consistencyProof(from, to, new DatabaseHashReader(this.database.db));
  }

  /** Stops the timer and signs whatever was written since the last checkpoint. */
  async close(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.signCheckpoint();
  }
}
