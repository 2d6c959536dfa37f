/**
 * The answers given to requests that carried an `Idempotency-Key`: operational state that
 * makes a retry safe, not a record, so never logged. A row commits with the write it answers.
 */
export interface IdempotencyKeyTable {
  /** The account the key belongs to (the actor id): keys of one account never meet another's. */
  account: string;
  key: string;
  /** Hex SHA-256 of the request body as received. */
  request_hash: string;
  /** The HTTP status of the first answer; 0 when that answer held a secret shown once, which is not kept. */
  status: number;
  /** The first answer's body, exactly as sent. */
  body: string;
  created_at: string;
}

export interface IdempotencyTables {
  idempotency_keys: IdempotencyKeyTable;
}
