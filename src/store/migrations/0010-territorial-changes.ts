import type { Kysely, Migration } from 'kysely';

/**
 * A territorial change: an assessed change of control from an agreement's baseline during its window,
 * and the incident it opened. The incident holds the casework (status, decisions); this row says
 * which claim, which baseline and which term, and the place, from, to and km².
 */
export const territorialChangesMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('territorial_changes')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('incident_id', 'text', (c) => c.notNull().references('incidents.id'))
      .addColumn('agreement_id', 'text', (c) => c.notNull().references('agreements.id'))
      .addColumn('baseline_id', 'text', (c) => c.notNull().references('agreement_baselines.id'))
      .addColumn('term_id', 'text', (c) => c.references('terms.id'))
      .addColumn('claim_id', 'text', (c) => c.notNull().references('control_claims.id'))
      .addColumn('place_key', 'text', (c) => c.notNull())
      .addColumn('place_name', 'text', (c) => c.notNull())
      .addColumn('geonames_id', 'integer')
      .addColumn('area_id', 'text', (c) => c.references('areas.id'))
      .addColumn('area_km2', 'double precision')
      .addColumn('from_status', 'text', (c) => c.notNull())
      .addColumn('from_controlled_by', 'text')
      .addColumn('to_status', 'text', (c) => c.notNull())
      .addColumn('to_controlled_by', 'text')
      .addColumn('recorded_by', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('log_index', 'bigint', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('territorial_changes_incident').on('territorial_changes').column('incident_id').unique().execute();
    await db.schema.createIndex('territorial_changes_place').on('territorial_changes').columns(['agreement_id', 'place_key']).execute();
  },
};
