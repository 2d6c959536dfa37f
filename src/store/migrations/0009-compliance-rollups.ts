import type { Kysely, Migration } from 'kysely';

const KEY = ['agreement_id', 'day', 'measure', 'party_id', 'kind', 'subtype', 'region', 'term_id'] as const;

/**
 * Compliance rollups: derived data, like an index, kept in the same transaction as the writes
 * that change an incident's contribution. `compliance_contributions` holds each incident's current
 * contribution so that a change subtracts exactly what was added; `compliance_rollups` holds the sums
 * per agreement, UTC day and key. Absent dimensions are '' (not null) so that the key is unique.
 */
export const complianceRollupsMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('compliance_contributions')
      .addColumn('incident_id', 'text', (c) => c.notNull())
      .addColumn('agreement_id', 'text', (c) => c.notNull())
      .addColumn('day', 'text', (c) => c.notNull())
      .addColumn('measure', 'text', (c) => c.notNull())
      .addColumn('party_id', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('subtype', 'text', (c) => c.notNull())
      .addColumn('region', 'text', (c) => c.notNull())
      .addColumn('term_id', 'text', (c) => c.notNull())
      .addColumn('value', 'double precision', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('compliance_contributions_incident').on('compliance_contributions').column('incident_id').execute();

    await db.schema
      .createTable('compliance_rollups')
      .addColumn('agreement_id', 'text', (c) => c.notNull())
      .addColumn('day', 'text', (c) => c.notNull())
      .addColumn('measure', 'text', (c) => c.notNull())
      .addColumn('party_id', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('subtype', 'text', (c) => c.notNull())
      .addColumn('region', 'text', (c) => c.notNull())
      .addColumn('term_id', 'text', (c) => c.notNull())
      .addColumn('value', 'double precision', (c) => c.notNull())
      .addPrimaryKeyConstraint('compliance_rollups_key', [...KEY])
      .execute();

    // Each region seen, with its readable name, so that figures name regions without searching the gazetteer.
    await db.schema
      .createTable('compliance_regions')
      .addColumn('code', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .execute();

    // A region is named after the largest place of its country and admin1 code.
    await db.schema.createIndex('places_admin').on('places').columns(['country', 'admin_code', 'population']).execute();
  },
};
