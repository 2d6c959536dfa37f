import type { Transaction } from 'kysely';
import type { Actor } from '../domain/actor.js';
import { ConflictError } from '../domain/domain-error.js';
import { toIsoTime } from '../domain/iso-time.js';
import type { Database } from '../store/database-schema.js';
import type { DatabaseHandle } from '../store/dialect/database-handle.js';
import { isStorageFull, StorageFullError } from '../store/dialect/storage-full.js';
import {
  claimIdempotencyKey,
  findIdempotentAnswer,
  IDEMPOTENCY_RETENTION_MS,
  keepIdempotentAnswer,
  purgeIdempotencyKeys,
} from '../store/idempotency/idempotency-keys.js';
import type { Pseudonyms } from '../store/log/pseudonyms.js';
import { RecordWriter } from '../store/record-writer.js';
import type { ReadUseCase, WriteContext, WriteUseCase } from './use-case-context.js';
import { currentWriteScope, IdempotencyKeyReusedError, IdempotentReplay, WithheldAnswerError, type WriteScope } from './write-scope.js';

export type Clock = () => Date;

/** Whether writes are going through, as health reports it. */
export interface WritePathState {
  status: 'ok' | 'degraded';
  /** Why writes fail, since when: cleared by the next write that commits. */
  reason?: string;
  since?: string;
}

/** Expired idempotency keys are swept at most this often, by a write that claims one. */
const PURGE_INTERVAL_MS = 3600 * 1000;

class KeyHeldElsewhere extends Error {}

/**
 * Runs use cases: each write in one transaction with its log entries, holding the log's
 * lock from its start, then tells the checkpoint signer that the log grew. A write inside a
 * request's `WriteScope` (it carried an `Idempotency-Key`) also claims the key and keeps the
 * answer in that transaction.
 */
export class UseCaseRunner {
  private state: WritePathState = { status: 'ok' };
  private lastPurge = 0;

  constructor(
    private readonly handle: DatabaseHandle,
    private readonly clock: Clock,
    private readonly pseudonyms: Pseudonyms,
    private readonly afterCommit: () => void,
  ) {}

  now(): string {
    return toIsoTime(this.clock());
  }

  writePath(): WritePathState {
    return { ...this.state };
  }

  async write<I, O>(actor: Actor, useCase: WriteUseCase<I, O>, input: I): Promise<O> {
    const scope = currentWriteScope();
    // A second write of the same request joins the transaction that holds the first.
    if (scope?.tx) return useCase(this.context(scope.tx, actor, this.now()), input);
    if (scope) return this.writeAnswered(scope, actor, useCase, input);
    const now = this.now();
    let result: O;
    try {
      result = await this.handle.db.transaction().execute(async (tx) => {
        await this.lockFirst(tx);
        return useCase(this.context(tx, actor, now), input);
      });
    } catch (error) {
      throw this.failed(error);
    }
    this.committed();
    return result;
  }

  async read<I, O>(actor: Actor, useCase: ReadUseCase<I, O>, input: I): Promise<O> {
    // Within a request whose write is not yet committed, reads see that write.
    return useCase({ db: currentWriteScope()?.tx ?? this.handle.db, actor, now: this.now() }, input);
  }

  /**
   * Every write ends in the log, whose lock serialises writers across processes anyway; taking it
   * first makes what the use case reads the state it writes over (no two approvals of one decision
   * both see it pending), at the cost of the reads before the first append running one at a time.
   */
  private async lockFirst(tx: Transaction<Database>): Promise<void> {
    await this.handle.capabilities.lockLog(tx);
  }

  private context(tx: Transaction<Database>, actor: Actor, now: string): WriteContext {
    return { db: tx, actor, now, records: new RecordWriter(tx, this.handle.capabilities, actor, now, this.pseudonyms) };
  }

  /**
   * Claims the key, runs the write and hands its result back while the transaction stays
   * open; the transaction then waits for the request's answer, keeps it beside the key and
   * commits. A key another request holds answers that request's answer instead.
   */
  private writeAnswered<I, O>(scope: WriteScope, actor: Actor, useCase: WriteUseCase<I, O>, input: I): Promise<O> {
    const now = this.now();
    return new Promise<O>((resolve, reject) => {
      let handedOver = false;
      const transaction = this.handle.db.transaction().execute(async (tx) => {
        await this.lockFirst(tx);
        if (!(await claimIdempotencyKey(tx, scope.account, scope.key, scope.requestHash(), now))) throw new KeyHeldElsewhere();
        await this.purgeExpired(tx);
        const result = await useCase(this.context(tx, actor, now), input);
        scope.tx = tx;
        handedOver = true;
        resolve(result);
        const answer = await scope.awaitAnswer();
        await keepIdempotentAnswer(tx, scope.account, scope.key, answer.status, answer.body);
      });
      scope.committed = transaction.then(
        () => {
          scope.tx = undefined;
          this.committed();
        },
        (error: unknown) => {
          scope.tx = undefined;
          throw this.failed(error);
        },
      );
      scope.committed.catch(() => {});
      transaction.catch(async (error: unknown) => {
        if (handedOver) return;
        reject(error instanceof KeyHeldElsewhere ? await this.answerOfHolder(scope).catch((e: unknown) => this.failed(e)) : this.failed(error));
      });
    });
  }

  /** What a repeat gets: the first answer, or a conflict when the body differs. */
  private async answerOfHolder(scope: WriteScope): Promise<Error> {
    const stored = await findIdempotentAnswer(this.handle.db, scope.account, scope.key);
    if (!stored) return new ConflictError('a request with this Idempotency-Key is still in progress; retry later', 'headers.idempotency-key');
    if (stored.requestHash !== scope.requestHash()) return new IdempotencyKeyReusedError();
    if (stored.status === 0) return new WithheldAnswerError();
    return new IdempotentReplay(stored);
  }

  private async purgeExpired(tx: Transaction<Database>): Promise<void> {
    const now = this.clock().getTime();
    if (now - this.lastPurge < PURGE_INTERVAL_MS) return;
    this.lastPurge = now;
    await purgeIdempotencyKeys(tx, toIsoTime(new Date(now - IDEMPOTENCY_RETENTION_MS)));
  }

  private committed(): void {
    if (this.state.status !== 'ok') this.state = { status: 'ok' };
    this.afterCommit();
  }

  /** A lack of space becomes a storage error and marks the write path degraded until a write commits. */
  private failed(error: unknown): unknown {
    if (!isStorageFull(error)) return error;
    if (this.state.status === 'ok') this.state = { status: 'degraded', reason: 'storage full: the last write was refused for lack of space', since: this.now() };
    return new StorageFullError();
  }
}
