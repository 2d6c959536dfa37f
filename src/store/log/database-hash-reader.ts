import type { Kysely } from 'kysely';
import { SparseHashReader } from '../../ledger/sparse-hash-reader.js';
import type { Database } from '../database-schema.js';
import { readHashSpans } from './read-log-ranges.js';

/** Proofs and roots from the stored levels (isKeptLevel): every span a proof needs in one statement. */
export class DatabaseHashReader extends SparseHashReader {
  constructor(db: Pick<Kysely<Database>, 'selectFrom'>) {
    super((spans) => readHashSpans(db, spans));
  }
}
