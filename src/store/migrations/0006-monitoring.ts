import type { Kysely, Migration } from 'kysely';

/** Sources, incidents, reports and evidence, with the clustering index (H3 cell and time). */
export const monitoringMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('sources')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('affiliation', 'text', (c) => c.references('parties.id'))
      .addColumn('default_reliability', 'text', (c) => c.notNull())
      .addColumn('synthetic', 'integer', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('log_index', 'bigint', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('sources_name_unique').on('sources').column('name').unique().execute();

    await db.schema
      .createTable('incidents')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('family', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('latitude', 'double precision', (c) => c.notNull())
      .addColumn('longitude', 'double precision', (c) => c.notNull())
      .addColumn('exact_latitude', 'double precision', (c) => c.notNull())
      .addColumn('exact_longitude', 'double precision', (c) => c.notNull())
      .addColumn('location_sensitive', 'integer', (c) => c.notNull())
      .addColumn('h3_cell', 'text', (c) => c.notNull())
      .addColumn('first_observed_at', 'text', (c) => c.notNull())
      .addColumn('last_observed_at', 'text', (c) => c.notNull())
      .addColumn('report_count', 'integer', (c) => c.notNull())
      .addColumn('affiliations', 'text', (c) => c.notNull())
      .addColumn('corroboration', 'integer', (c) => c.notNull())
      .addColumn('agreement_id', 'text', (c) => c.references('agreements.id'))
      .addColumn('attributed_party_id', 'text', (c) => c.references('parties.id'))
      .addColumn('attribution_confidence', 'text')
      .addColumn('merged_into', 'text')
      .addColumn('synthetic', 'integer', (c) => c.notNull())
      .addColumn('withheld_salt', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('log_index', 'bigint', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('incidents_cluster').on('incidents').columns(['h3_cell', 'last_observed_at']).execute();
    await db.schema.createIndex('incidents_time').on('incidents').columns(['first_observed_at', 'id']).execute();
    await db.schema.createIndex('incidents_last_observed').on('incidents').column('last_observed_at').execute();
    await db.schema.createIndex('incidents_status').on('incidents').columns(['status', 'first_observed_at']).execute();
    await db.schema.createIndex('incidents_party').on('incidents').column('attributed_party_id').execute();

    await db.schema
      .createTable('reports')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('incident_id', 'text', (c) => c.notNull().references('incidents.id'))
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('subtype', 'text')
      .addColumn('observed_from', 'text', (c) => c.notNull())
      .addColumn('observed_to', 'text', (c) => c.notNull())
      .addColumn('time_precision', 'text', (c) => c.notNull())
      .addColumn('latitude', 'double precision', (c) => c.notNull())
      .addColumn('longitude', 'double precision', (c) => c.notNull())
      .addColumn('exact_latitude', 'double precision', (c) => c.notNull())
      .addColumn('exact_longitude', 'double precision', (c) => c.notNull())
      .addColumn('location_sensitive', 'integer', (c) => c.notNull())
      .addColumn('geo_precision', 'text', (c) => c.notNull())
      .addColumn('place_id', 'integer', (c) => c.references('places.geonames_id'))
      .addColumn('place_name', 'text')
      .addColumn('observer_latitude', 'double precision')
      .addColumn('observer_longitude', 'double precision')
      .addColumn('bearing_deg', 'double precision')
      .addColumn('distance_m', 'double precision')
      .addColumn('count', 'integer')
      .addColumn('weapon', 'text')
      .addColumn('civilian_killed', 'integer')
      .addColumn('civilian_injured', 'integer')
      .addColumn('military_killed', 'integer')
      .addColumn('military_injured', 'integer')
      .addColumn('narrative', 'text')
      .addColumn('witness', 'text')
      .addColumn('source_id', 'text', (c) => c.notNull().references('sources.id'))
      .addColumn('source_affiliation', 'text')
      .addColumn('channel', 'text', (c) => c.notNull())
      .addColumn('reliability', 'text', (c) => c.notNull())
      .addColumn('credibility', 'integer', (c) => c.notNull())
      .addColumn('agreement_id', 'text', (c) => c.references('agreements.id'))
      .addColumn('term_ids', 'text', (c) => c.notNull())
      .addColumn('submitted_by', 'text', (c) => c.notNull())
      .addColumn('filed_by_party_id', 'text', (c) => c.references('parties.id'))
      .addColumn('synthetic', 'integer', (c) => c.notNull())
      .addColumn('withheld_salt', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('log_index', 'bigint', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('reports_incident').on('reports').columns(['incident_id', 'submitted_by']).execute();
    await db.schema.createIndex('reports_filed_by_party').on('reports').column('filed_by_party_id').execute();

    await db.schema
      .createTable('evidence')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('report_id', 'text', (c) => c.notNull().references('reports.id'))
      .addColumn('sha256', 'text', (c) => c.notNull())
      .addColumn('media_type', 'text', (c) => c.notNull())
      .addColumn('size', 'bigint', (c) => c.notNull())
      .addColumn('original_name', 'text')
      .addColumn('url', 'text')
      .addColumn('captured_at', 'text')
      .addColumn('collector', 'text')
      .addColumn('public', 'integer', (c) => c.notNull())
      .addColumn('releasable_to_parties', 'integer', (c) => c.notNull())
      .addColumn('custody', 'text', (c) => c.notNull())
      .addColumn('submitted_by', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('log_index', 'bigint', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('evidence_sha256').on('evidence').column('sha256').execute();
    await db.schema.createIndex('evidence_report').on('evidence').column('report_id').execute();
  },
};
