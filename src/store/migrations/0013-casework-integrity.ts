import type { Kysely, Migration } from 'kysely';

/**
 * Login throttle counters and the devices that logged in well, in the database so that they
 * hold across several server processes; and who reported into an incident before a split or a
 * merge took their report away, so that four eyes stay four after regrouping.
 */
export const caseworkIntegrityMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('login_counters')
      .addColumn('key', 'text', (c) => c.primaryKey())
      .addColumn('failures', 'integer', (c) => c.notNull())
      .addColumn('blocked_until', 'bigint', (c) => c.notNull())
      .addColumn('last_failure', 'bigint', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('login_counters_last_failure').on('login_counters').column('last_failure').execute();
    await db.schema
      .createTable('login_devices')
      .addColumn('device_hash', 'text', (c) => c.notNull())
      .addColumn('account', 'text', (c) => c.notNull())
      .addColumn('last_login', 'bigint', (c) => c.notNull())
      .addPrimaryKeyConstraint('login_devices_pk', ['device_hash', 'account'])
      .execute();
    await db.schema
      .createTable('incident_former_reporters')
      .addColumn('incident_id', 'text', (c) => c.notNull())
      .addColumn('actor_id', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('incident_former_reporters_pk', ['incident_id', 'actor_id'])
      .execute();
  },
};
