import type { Kysely, Migration } from 'kysely';

/** Parties, agreements, their terms, positions and transitions, and control claims. */
export const agreementsMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('parties')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('aliases', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('log_index', 'bigint', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('parties_name_unique').on('parties').column('name').unique().execute();

    await db.schema
      .createTable('agreements')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('party_ids', 'text', (c) => c.notNull())
      .addColumn('mediator_ids', 'text', (c) => c.notNull())
      .addColumn('proposed_at', 'text')
      .addColumn('duration_days', 'integer', (c) => c.notNull())
      .addColumn('effective_at', 'text')
      .addColumn('expires_at', 'text')
      .addColumn('citations', 'text', (c) => c.notNull())
      .addColumn('extensions', 'text', (c) => c.notNull())
      .addColumn('synthetic', 'integer', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('log_index', 'bigint', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('terms')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('agreement_id', 'text', (c) => c.notNull().references('agreements.id'))
      .addColumn('code', 'text', (c) => c.notNull())
      .addColumn('text', 'text', (c) => c.notNull())
      .addColumn('category', 'text', (c) => c.notNull())
      .addColumn('applies_to', 'text', (c) => c.notNull())
      .addColumn('proposed_by', 'text', (c) => c.references('parties.id'))
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('verification_method', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('log_index', 'bigint', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('terms_agreement_code_unique').on('terms').columns(['agreement_id', 'code']).unique().execute();

    await db.schema
      .createTable('positions')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('agreement_id', 'text', (c) => c.notNull().references('agreements.id'))
      .addColumn('party_id', 'text', (c) => c.notNull().references('parties.id'))
      .addColumn('stance', 'text', (c) => c.notNull())
      .addColumn('conditions', 'text', (c) => c.notNull())
      .addColumn('statement', 'text')
      .addColumn('stated_at', 'text', (c) => c.notNull())
      .addColumn('citation', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('log_index', 'bigint', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('positions_agreement_party').on('positions').columns(['agreement_id', 'party_id', 'stated_at']).execute();

    await db.schema
      .createTable('agreement_transitions')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('agreement_id', 'text', (c) => c.notNull().references('agreements.id'))
      .addColumn('from_status', 'text', (c) => c.notNull())
      .addColumn('to_status', 'text', (c) => c.notNull())
      .addColumn('at', 'text', (c) => c.notNull())
      .addColumn('actor', 'text', (c) => c.notNull())
      .addColumn('reason', 'text')
      .addColumn('details', 'text', (c) => c.notNull())
      .addColumn('log_index', 'bigint', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('agreement_transitions_agreement').on('agreement_transitions').columns(['agreement_id', 'at']).execute();

    await db.schema
      .createTable('control_claims')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('place_name', 'text', (c) => c.notNull())
      .addColumn('geonames_id', 'integer')
      .addColumn('latitude', 'double precision')
      .addColumn('longitude', 'double precision')
      .addColumn('area_id', 'text')
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('controlled_by', 'text', (c) => c.references('parties.id'))
      .addColumn('basis', 'text', (c) => c.notNull())
      .addColumn('claimant', 'text', (c) => c.references('parties.id'))
      .addColumn('source', 'text', (c) => c.notNull())
      .addColumn('as_of', 'text', (c) => c.notNull())
      .addColumn('citation', 'text')
      .addColumn('evidence', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('log_index', 'bigint', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('control_claims_place_time').on('control_claims').columns(['geonames_id', 'as_of']).execute();
  },
};
