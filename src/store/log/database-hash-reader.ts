import type { Kysely } from 'kysely';
import type { HashReader } from '../../ledger/merkle-proofs.js';
import type { NodeId } from '../../ledger/node-id.js';
import type { Database } from '../database-schema.js';
import { readNodes } from './read-nodes.js';

/** Proofs and roots read the stored subtree hashes: one query each, never a recomputation of the tree. */
export class DatabaseHashReader implements HashReader {
  constructor(private readonly db: Pick<Kysely<Database>, 'selectFrom'>) {}

  readHashes(ids: readonly NodeId[]): Promise<Buffer[]> {
    return readNodes(this.db, ids);
  }
}
