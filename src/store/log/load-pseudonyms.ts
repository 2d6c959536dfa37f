import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../database-schema.js';
import { Pseudonyms } from './pseudonyms.js';

const KEY = 'pseudonym_key';

/**
 * The key behind casework pseudonyms, made once per log and kept beside it in the database,
 * never in the log. Several processes starting at once agree on the first one written.
 */
export async function loadPseudonyms(db: Kysely<Database>): Promise<Pseudonyms> {
  const read = () => db.selectFrom('log_meta').select('value').where('key', '=', KEY).executeTakeFirst();
  let row = await read();
  if (!row) {
    await db
      .insertInto('log_meta')
      .values({ key: KEY, value: randomBytes(32).toString('hex') })
      .onConflict((oc) => oc.column('key').doNothing())
      .execute();
    row = await read();
  }
  return new Pseudonyms(Buffer.from(row!.value, 'hex'));
}
