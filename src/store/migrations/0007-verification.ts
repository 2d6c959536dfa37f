import type { Kysely, Migration } from 'kysely';

/** Verification decisions (with their approvals) and disputes. */
export const verificationMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('decisions')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('incident_id', 'text', (c) => c.notNull().references('incidents.id'))
      .addColumn('outcome', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('rationale', 'text', (c) => c.notNull())
      .addColumn('checks', 'text', (c) => c.notNull())
      .addColumn('credibility', 'integer', (c) => c.notNull())
      .addColumn('attributed_party_id', 'text', (c) => c.references('parties.id'))
      .addColumn('not_attributable', 'integer', (c) => c.notNull())
      .addColumn('attribution_confidence', 'text')
      .addColumn('terms_breached', 'text', (c) => c.notNull())
      .addColumn('proposed_by', 'text', (c) => c.notNull())
      .addColumn('approvals', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('log_index', 'bigint', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('decisions_incident').on('decisions').columns(['incident_id', 'created_at']).execute();

    await db.schema
      .createTable('disputes')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('incident_id', 'text', (c) => c.notNull().references('incidents.id'))
      .addColumn('party_id', 'text', (c) => c.notNull().references('parties.id'))
      .addColumn('filed_by', 'text', (c) => c.notNull())
      .addColumn('statement', 'text', (c) => c.notNull())
      .addColumn('evidence', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('ruling_rationale', 'text')
      .addColumn('ruled_by', 'text')
      .addColumn('ruled_at', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('log_index', 'bigint', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('disputes_incident').on('disputes').columns(['incident_id', 'created_at']).execute();
  },
};
