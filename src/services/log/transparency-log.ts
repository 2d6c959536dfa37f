import type { Logger } from 'pino';
import { formatCheckpoint } from '../../ledger/checkpoint.js';
import { consistencyProof, inclusionProof, treeRoot } from '../../ledger/merkle-proofs.js';
import { verifyConsistency } from '../../ledger/merkle-verify.js';
import { signNote } from '../../ledger/signed-note.js';
import type { NoteSigner, NoteVerifier } from '../../ledger/note-keys.js';
import { parseNote } from '../../ledger/signed-note.js';
import { parseCheckpoint } from '../../ledger/checkpoint.js';
import { verifyCosignature } from '../../ledger/cosignature.js';
import { ForbiddenError, InvalidInputError } from '../../domain/domain-error.js';
import type { DatabaseHandle } from '../../store/dialect/database-handle.js';
import { logSize } from '../../store/log/append-log-entries.js';
import { cosignatureLines, latestCheckpoint, type StoredCheckpoint } from '../../store/log/checkpoint-queries.js';
import { DatabaseHashReader } from '../../store/log/database-hash-reader.js';
import { readEntryBytes, readLevelHashes } from '../../store/log/read-log-ranges.js';
import { TILE_HEIGHT, TILE_WIDTH } from '../../ledger/tile-path.js';

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
    private readonly witnesses: readonly NoteVerifier[] = [],
    private readonly logger?: Logger,
  ) {}

  /** The log's verifier key in signed-note form, for verifiers and witnesses. */
  get verifierKey(): string {
    return this.signer.verifierKey;
  }

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

  /** The entry bytes and leaf hash at an index, or undefined past the end. */
  async entry(index: number): Promise<{ bytes: Buffer; leafHash: Buffer } | undefined> {
    const row = await this.database.db.selectFrom('log_entries').select(['entry', 'leaf_hash']).where('idx', '=', index).executeTakeFirst();
    return row && { bytes: Buffer.from(row.entry, 'utf8'), leafHash: Buffer.from(row.leaf_hash) };
  }

  entries(start: number, count: number): Promise<Buffer[]> {
    return readEntryBytes(this.database.db, start, count);
  }

  /** The hashes a tlog-tiles hash tile holds: tree level 8·tileLevel, indexes index·256 … + width. */
  hashTile(tileLevel: number, index: number, width: number): Promise<Buffer[]> {
    return readLevelHashes(this.database.db, tileLevel * TILE_HEIGHT, index * TILE_WIDTH, width);
  }

  inclusionProof(index: number, size: number): Promise<Buffer[]> {
    return inclusionProof(index, size, new DatabaseHashReader(this.database.db));
  }

  consistencyProof(from: number, to: number): Promise<Buffer[]> {
    return consistencyProof(from, to, new DatabaseHashReader(this.database.db));
  }

  /**
   * Stores the cosignatures in a note that a configured witness returned for one of
   * our checkpoints. Only valid cosignatures from configured witness keys are kept.
   */
  async acceptCosignatures(noteText: string): Promise<{ size: number; accepted: string[] }> {
    let parsed: ReturnType<typeof parseNote>;
    let checkpoint: ReturnType<typeof parseCheckpoint>;
    try {
      parsed = parseNote(noteText);
      checkpoint = parseCheckpoint(parsed.text);
    } catch (error) {
      throw new InvalidInputError('body', `not a cosigned checkpoint note: ${(error as Error).message}`);
    }
    if (checkpoint.origin !== this.origin) throw new InvalidInputError('body', `the checkpoint is for ${checkpoint.origin}, not ${this.origin}`);
    const stored = await this.database.db.selectFrom('log_checkpoints').select(['root']).where('size', '=', checkpoint.size).executeTakeFirst();
    if (!stored || !Buffer.from(stored.root).equals(checkpoint.root)) {
      throw new InvalidInputError('body', `this log signed no checkpoint of size ${checkpoint.size} with that root`);
    }
    const accepted: { witness: string; line: string; time: number }[] = [];
    let fromUnknownWitness = false;
    for (const signature of parsed.signatures) {
      const line = `— ${signature.name} ${signature.base64}`;
      const witness = this.witnesses.find((w) => w.name === signature.name && w.keyId === signature.keyId);
      if (!witness) {
        if (signature.name !== this.origin) fromUnknownWitness = true;
        continue;
      }
      const time = verifyCosignature(parsed.text, line, witness);
      if (time === null) throw new InvalidInputError('body', `the cosignature of ${signature.name} does not verify`);
      accepted.push({ witness: signature.name, line, time });
    }
    if (accepted.length === 0) {
      if (fromUnknownWitness) throw new ForbiddenError('no cosignature is from a witness this log is configured to accept');
      throw new InvalidInputError('body', 'the note carries no cosignature');
    }
    const receivedAt = this.clock().toISOString();
    await this.database.db.transaction().execute(async (tx) => {
      for (const c of accepted) {
        await tx.deleteFrom('log_cosignatures').where('size', '=', checkpoint.size).where('witness', '=', c.witness).execute();
        await tx
          .insertInto('log_cosignatures')
          .values({ size: checkpoint.size, witness: c.witness, signature_line: c.line, cosigned_at: c.time, received_at: receivedAt })
          .execute();
      }
    });
    return { size: checkpoint.size, accepted: accepted.map((c) => c.witness) };
  }

  /** Stops the timer and signs whatever was written since the last checkpoint. */
  async close(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.signCheckpoint();
  }
}
