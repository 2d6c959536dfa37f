import type { Kysely } from 'kysely';
import { TileHashReader } from '../../ledger/tile-hash-reader.js';
import type { Database } from '../database-schema.js';
import { readLevelHashes } from './read-log-ranges.js';

/**
 * Proofs and roots from the stored tile levels: one read per level a proof touches, and
 * at most 255 hashes folded per node, never a recomputation of the tree.
 */
export class DatabaseHashReader extends TileHashReader {
  constructor(db: Pick<Kysely<Database>, 'selectFrom'>) {
    super((level, start, count) => readLevelHashes(db, level, start, count));
  }
}
