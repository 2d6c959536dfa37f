import type { Kysely, Migration } from 'kysely';
import type { DialectCapabilities } from '../dialect/dialect-capabilities.js';

/** The transparency log: entries, the stored hashes of complete subtrees, and signed checkpoints. */
export function logMigration(capabilities: DialectCapabilities): Migration {
  const binary = capabilities.binaryType;
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('log_entries')
        .addColumn('idx', 'bigint', (c) => c.primaryKey())
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('record_id', 'text', (c) => c.notNull())
        .addColumn('entry', 'text', (c) => c.notNull())
        .addColumn('leaf_hash', binary, (c) => c.notNull())
        .execute();
      await db.schema.createIndex('log_entries_record').on('log_entries').columns(['record_id', 'idx']).execute();

      await db.schema
        .createTable('log_nodes')
        .addColumn('level', 'integer', (c) => c.notNull())
        .addColumn('idx', 'bigint', (c) => c.notNull())
        .addColumn('hash', binary, (c) => c.notNull())
        .addPrimaryKeyConstraint('log_nodes_pk', ['level', 'idx'])
        .execute();

      await db.schema
        .createTable('log_checkpoints')
        .addColumn('size', 'bigint', (c) => c.primaryKey())
        .addColumn('root', binary, (c) => c.notNull())
        .addColumn('note', 'text', (c) => c.notNull())
        .addColumn('signed_at', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('log_cosignatures')
        .addColumn('size', 'bigint', (c) => c.notNull())
        .addColumn('witness', 'text', (c) => c.notNull())
        .addColumn('signature_line', 'text', (c) => c.notNull())
        .addColumn('cosigned_at', 'bigint', (c) => c.notNull())
        .addColumn('received_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('log_cosignatures_pk', ['size', 'witness'])
        .execute();

      await db.schema
        .createTable('log_meta')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('value', 'text', (c) => c.notNull())
        .execute();
    },
  };
}
