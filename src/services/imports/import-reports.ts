import type { ClusterSettings } from '../../domain/incidents/cluster-decision.js';
import type { Channel, Reliability, SourceType } from '../../domain/monitoring/report-types.js';
import { submitReports, type SubmittedReport } from '../reports/submit-reports.js';
import { createSource } from '../sources/create-source.js';
import type { WriteContext } from '../use-case-context.js';
import type { DatasetReport } from './dataset-report.js';

export const DATASET_FORMATS = ['acled', 'ucdp-ged'] as const;
export type DatasetFormat = (typeof DATASET_FORMATS)[number];

/**
 * The source each dataset's reports come from, made on its first import. Both are curated,
 * independent, open-source collections: `osint`, graded B (usually reliable) until an operator
 * grades them otherwise. `CHANNELS` has no `dataset` channel yet, so they arrive as `osint`.
 */
export const DATASET_SOURCES: Record<DatasetFormat, { name: string; type: SourceType; default_reliability: Reliability }> = {
  acled: { name: 'ACLED', type: 'osint', default_reliability: 'B' },
  'ucdp-ged': { name: 'UCDP GED', type: 'osint', default_reliability: 'B' },
};
export const DATASET_CHANNEL: Channel = 'osint';

export interface ImportReportsInput {
  format: DatasetFormat;
  /** One batch of rows already read and checked; at most the bulk path's limit. */
  reports: readonly DatasetReport[];
  clustering: ClusterSettings;
}

/**
 * Writes one batch of a dataset's rows as reports from the dataset's source (made if missing),
 * through the bulk submission path: clustered like any report, all or nothing, logged.
 */
export async function importReports(ctx: WriteContext, input: ImportReportsInput): Promise<SubmittedReport[]> {
  const sourceId = await datasetSource(ctx, input.format);
  return submitReports(ctx, { reports: input.reports.map((r) => ({ ...r, source_id: sourceId, channel: DATASET_CHANNEL })), clustering: input.clustering });
}

async function datasetSource(ctx: WriteContext, format: DatasetFormat): Promise<string> {
  const wanted = DATASET_SOURCES[format];
  const found = await ctx.db.selectFrom('sources').select('id').where('name', '=', wanted.name).executeTakeFirst();
  return found ? found.id : (await createSource(ctx, { ...wanted, affiliation: null })).id;
}
