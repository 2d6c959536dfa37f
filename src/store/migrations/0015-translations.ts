import type { Kysely, Migration } from 'kysely';

/**
 * Translations of public records' texts, as records of their own: a party's name or a term's
 * text in Ukrainian is a change the log must show, and adding it as a column would change the
 * shape of every entry already signed for those records.
 */
export const translationsMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('translations')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('record_kind', 'text', (c) => c.notNull())
      .addColumn('record_id', 'text', (c) => c.notNull())
      .addColumn('field', 'text', (c) => c.notNull())
      .addColumn('part', 'text', (c) => c.notNull())
      .addColumn('lang', 'text', (c) => c.notNull())
      .addColumn('text', 'text', (c) => c.notNull())
      .addColumn('unofficial', 'integer', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('log_index', 'integer', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('translations_text_of').on('translations').columns(['record_kind', 'record_id', 'field', 'part', 'lang']).unique().execute();
    await db.schema.createIndex('translations_lang').on('translations').column('lang').execute();
  },
};
