import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../database-schema.js';

/** How long an answer is kept: at least seven days, so that a client offline for a week can still retry. */
export const IDEMPOTENCY_RETENTION_MS = 8 * 24 * 3600 * 1000;

export interface StoredAnswer {
  requestHash: string;
  status: number;
  body: string;
}

/** The first answer given to this account for this key, if one committed. */
export async function findIdempotentAnswer(db: Kysely<Database> | Transaction<Database>, account: string, key: string): Promise<StoredAnswer | undefined> {
  const row = await db
    .selectFrom('idempotency_keys')
    .select(['request_hash', 'status', 'body'])
    .where('account', '=', account)
    .where('key', '=', key)
    .executeTakeFirst();
  return row && { requestHash: row.request_hash, status: Number(row.status), body: row.body };
}

/**
 * Takes the key inside the write's transaction, before the write. False when another request
 * holds it: on PostgreSQL the insert waits for a concurrent holder to commit or roll back,
 * so that of two concurrent repeats exactly one writes.
 */
export async function claimIdempotencyKey(tx: Transaction<Database>, account: string, key: string, requestHash: string, now: string): Promise<boolean> {
  const result = await tx
    .insertInto('idempotency_keys')
    .values({ account, key, request_hash: requestHash, status: 0, body: '', created_at: now })
    .onConflict((oc) => oc.columns(['account', 'key']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0n) === 1;
}

/** Keeps the answer beside the key, in the transaction that claimed it, so that both commit or neither. */
export async function keepIdempotentAnswer(tx: Transaction<Database>, account: string, key: string, status: number, body: string): Promise<void> {
  await tx.updateTable('idempotency_keys').set({ status, body }).where('account', '=', account).where('key', '=', key).execute();
}

/** Forgets answers older than the retention. */
export async function purgeIdempotencyKeys(tx: Transaction<Database>, before: string): Promise<void> {
  await tx.deleteFrom('idempotency_keys').where('created_at', '<', before).execute();
}
