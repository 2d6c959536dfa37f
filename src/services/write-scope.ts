import { AsyncLocalStorage } from 'node:async_hooks';
import type { Transaction } from 'kysely';
import { ConflictError } from '../domain/domain-error.js';
import type { Database } from '../store/database-schema.js';
import type { StoredAnswer } from '../store/idempotency/idempotency-keys.js';

/** How long a claimed key's transaction waits for the answer before it gives up and rolls back. */
const ANSWER_TIMEOUT_MS = 30_000;

export interface Answer {
  status: number;
  body: string;
}

/**
 * One request that carries an `Idempotency-Key`. Its first write claims the key and stays
 * open until the request's answer is known, so that the answer commits in the same
 * transaction as the records it reports: a crash keeps both or neither.
 */
export class WriteScope {
  /** The open transaction once the write has run; the request's reads and further writes use it. */
  tx: Transaction<Database> | undefined;
  /** Settles when the transaction holding the write and its answer has committed or rolled back. */
  committed: Promise<void> | undefined;
  private settle: { deliver(answer: Answer): void; abandon(reason: Error): void } | undefined;
  private readonly answer: Promise<Answer>;

  constructor(
    readonly account: string,
    readonly key: string,
    /** The request body's SHA-256, complete once the body has been read. */
    readonly requestHash: () => string,
  ) {
    this.answer = new Promise<Answer>((resolve, reject) => {
      this.settle = { deliver: resolve, abandon: reject };
    });
    this.answer.catch(() => {});
  }

  /** Called by the write once it has run: from here the transaction waits for the answer. */
  awaitAnswer(): Promise<Answer> {
    const timer = setTimeout(() => this.abandon(new Error('no answer was given in time')), ANSWER_TIMEOUT_MS);
    timer.unref();
    return this.answer.finally(() => clearTimeout(timer));
  }

  deliver(answer: Answer): void {
    this.settle?.deliver(answer);
  }

  /** The request failed after its write: the write rolls back with it, and the key stays free. */
  abandon(reason: Error): void {
    this.settle?.abandon(reason);
  }
}

const scopes = new AsyncLocalStorage<WriteScope>();

/** Runs `fn` (and everything it starts) inside the scope. */
export function runInWriteScope<T>(scope: WriteScope, fn: () => T): T {
  return scopes.run(scope, fn);
}

export function currentWriteScope(): WriteScope | undefined {
  return scopes.getStore();
}

/** A repeat of a request whose answer committed: it gets that answer again, status and body. */
export class IdempotentReplay extends Error {
  constructor(readonly answer: StoredAnswer) {
    super('repeat of an answered request');
    this.name = 'IdempotentReplay';
  }
}

/** The key was used before by this account for a request with another body. */
export class IdempotencyKeyReusedError extends ConflictError {
  constructor() {
    super('this Idempotency-Key was already used for a request with another body; use a new key for a new request', 'headers.idempotency-key');
  }
}

/** The first answer held a secret shown once (a new token); it is not kept, so a repeat cannot have it. */
export class WithheldAnswerError extends ConflictError {
  constructor() {
    super('a request with this Idempotency-Key was already answered with a secret that is shown only once and not kept; it was not repeated', 'headers.idempotency-key');
  }
}
