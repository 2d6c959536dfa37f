import type { Actor } from '../domain/actor.js';
import { toIsoTime } from '../domain/iso-time.js';
import type { DatabaseHandle } from '../store/dialect/database-handle.js';
import type { Pseudonyms } from '../store/log/pseudonyms.js';
import { RecordWriter } from '../store/record-writer.js';
import type { ReadUseCase, WriteUseCase } from './use-case-context.js';

export type Clock = () => Date;

/**
 * Runs use cases: each write in one transaction with its log entries, holding the log's
 * lock from its start, then tells the checkpoint signer that the log grew.
 */
export class UseCaseRunner {
  constructor(
    private readonly handle: DatabaseHandle,
    private readonly clock: Clock,
    private readonly pseudonyms: Pseudonyms,
    private readonly afterCommit: () => void,
  ) {}

  now(): string {
    return toIsoTime(this.clock());
  }

  async write<I, O>(actor: Actor, useCase: WriteUseCase<I, O>, input: I): Promise<O> {
    const now = this.now();
    const result = await this.handle.db.transaction().execute(async (tx) => {
      // Every write ends in the log, whose lock serialises writers across processes anyway; taking it
      // first makes what the use case reads the state it writes over (no two approvals of one decision
      // both see it pending), at the cost of the reads before the first append running one at a time.
      await this.handle.capabilities.lockLog(tx);
      return useCase({ db: tx, actor, now, records: new RecordWriter(tx, this.handle.capabilities, actor, now, this.pseudonyms) }, input);
    });
    this.afterCommit();
    return result;
  }

  async read<I, O>(actor: Actor, useCase: ReadUseCase<I, O>, input: I): Promise<O> {
    return useCase({ db: this.handle.db, actor, now: this.now() }, input);
  }
}
