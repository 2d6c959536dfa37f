import { randomBytes } from 'node:crypto';
import type { Kysely, Migration } from 'kysely';

/**
 * Account names enter the public log only as salted commitments: a monitor's or a
 * liaison's login name can identify a person, and the log is public. Existing rows
 * get a salt now; their earlier entries stay as they were (the log is append-only).
 */
export const accountPrivacyMigration: Migration = {
  // The schema is the migration's own business; Kysely<unknown> cannot name these tables.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async up(db: Kysely<any>) {
    for (const table of ['users', 'api_tokens']) {
      await db.schema.alterTable(table).addColumn('withheld_salt', 'text').execute();
      const rows: { id: string }[] = await db.selectFrom(table).select('id').execute();
      for (const row of rows) {
        await db.updateTable(table).set({ withheld_salt: randomBytes(16).toString('hex') }).where('id', '=', row.id).execute();
      }
    }
    await db.schema.createIndex('api_tokens_user').on('api_tokens').column('user_id').execute();
  },
};
