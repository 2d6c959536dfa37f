import type { Kysely, Transaction } from 'kysely';
import type { Actor } from '../domain/actor.js';
import type { IsoTime } from '../domain/iso-time.js';
import type { Database } from '../store/database-schema.js';
import type { RecordWriter } from '../store/record-writer.js';

/** What a read-only use case gets: plain values, never an HTTP request. */
export interface ReadContext {
  db: Kysely<Database> | Transaction<Database>;
  actor: Actor;
  now: IsoTime;
}

/** A use case that changes state runs in one transaction and writes only through `records`. */
export interface WriteContext extends ReadContext {
  db: Transaction<Database>;
  records: RecordWriter;
}

export type ReadUseCase<I, O> = (ctx: ReadContext, input: I) => Promise<O>;
export type WriteUseCase<I, O> = (ctx: WriteContext, input: I) => Promise<O>;
