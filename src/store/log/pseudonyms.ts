import { createHmac } from 'node:crypto';
import { commitment, MIN_SALT_BYTES } from '../../ledger/log-entry.js';

/** How many hex digits of the commitment a pseudonym keeps: 128 bits, so that two people never share one. */
const PSEUDONYM_HEX = 32;

/**
 * Casework actors as the public log names them: a pseudonym per record, `p:` and the
 * commitment to the actor id under a salt derived (HMAC-SHA-256) from the record and the
 * actor with a key that never leaves the database. One person on one record always has
 * one pseudonym, so anyone can tell two approvers apart; across records they are unrelated.
 */
export class Pseudonyms {
  constructor(private readonly key: Buffer) {}

  /** The salt that opens a pseudonym: kept from readers, except those who may see who acted. */
  salt(kind: string, recordId: string, actorId: string): Buffer {
    return createHmac('sha256', this.key).update(`${kind}\n${recordId}\n${actorId}`).digest().subarray(0, MIN_SALT_BYTES);
  }

  of(kind: string, recordId: string, actorId: string): string {
    return `p:${commitment(actorId, this.salt(kind, recordId, actorId)).slice(0, PSEUDONYM_HEX)}`;
  }
}
