import type { Kysely, Migration } from 'kysely';

/** Named areas (GeoJSON polygons) and the control baseline each agreement takes when it enters into force. */
export const areasAndBaselinesMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('areas')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('geometry', 'text', (c) => c.notNull())
      .addColumn('area_km2', 'double precision', (c) => c.notNull())
      .addColumn('min_lon', 'double precision', (c) => c.notNull())
      .addColumn('min_lat', 'double precision', (c) => c.notNull())
      .addColumn('max_lon', 'double precision', (c) => c.notNull())
      .addColumn('max_lat', 'double precision', (c) => c.notNull())
      .addColumn('created_by', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('log_index', 'bigint', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('areas_name_unique').on('areas').column('name').unique().execute();

    await db.schema
      .createTable('agreement_baselines')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('agreement_id', 'text', (c) => c.notNull().references('agreements.id'))
      .addColumn('effective_at', 'text', (c) => c.notNull())
      .addColumn('places', 'text', (c) => c.notNull())
      .addColumn('taken_at', 'text', (c) => c.notNull())
      .addColumn('log_index', 'bigint', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('agreement_baselines_agreement').on('agreement_baselines').column('agreement_id').execute();
    await db.schema.createIndex('control_claims_area_time').on('control_claims').columns(['area_id', 'as_of']).execute();
    await db.schema.createIndex('control_claims_time').on('control_claims').columns(['as_of']).execute();
  },
};
