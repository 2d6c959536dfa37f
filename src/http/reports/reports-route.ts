import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Truce } from '../../create-truce.js';
import { KIND_FAMILIES } from '../../domain/monitoring/report-taxonomy.js';
import { getReport } from '../../services/reports/get-report.js';
import { submitReports } from '../../services/reports/submit-reports.js';
import { errorResponse, idParams } from '../common/common-schemas.js';
import { presentReport } from './present-report.js';
import { bulkReportsBody, bulkReportsResponse, reportBody, reportResponse } from './report-schema.js';
import { z } from 'zod';

const errors = { 400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse, 409: errorResponse, 413: errorResponse };
const tags = ['reports'];

export function reportsRoute(truce: Truce): FastifyPluginAsyncZod {
  return async (app) => {
    const detail = async (actor: Parameters<typeof presentReport>[0], id: string) => {
      const found = await truce.runner.read(actor, getReport, { id });
      return presentReport(actor, found.report, found.incident, found.evidence)!;
    };

    app.post(
      '/reports',
      {
        config: { action: 'report.create' },
        schema: {
          tags,
          description:
            'One report. It joins the nearest open (reported or under review) incident of its kind family within the clustering distance and time window (5 km and 2 h unless configured), or starts one. A place given by name that matches several gazetteer places is a 400 listing them. A liaison files on the party_allegation channel, and only a liaison does.',
          body: reportBody,
          response: { 201: reportResponse, ...errors },
        },
      },
      async (request, reply) => {
        const [submitted] = await truce.runner.write(request.actor, submitReports, { reports: [request.body], clustering: truce.monitoring.clustering });
        return reply.code(201).send(await detail(request.actor, submitted!.id));
      },
    );

    app.post(
      '/reports/bulk',
      {
        config: { action: 'report.bulk_create' },
        bodyLimit: 64 * 1024 * 1024,
        schema: { tags, description: 'Up to 10,000 reports in one request, all or nothing, clustered as one report is; a refused item is named by its path, e.g. `reports.17.point.latitude`.', body: bulkReportsBody, response: { 201: bulkReportsResponse, ...errors } },
      },
      async (request, reply) => {
        const items = await truce.runner.write(request.actor, submitReports, {
          reports: request.body.reports,
          clustering: truce.monitoring.clustering,
          itemPath: (i) => `reports.${i}.`,
        });
        return reply.code(201).send({ count: items.length, items });
      },
    );

    app.get(
      '/reports/:id',
      { config: { action: 'report.read' }, schema: { tags, params: idParams, response: { 200: reportResponse, ...errors } } },
      async (request) => detail(request.actor, request.params.id),
    );

    app.get(
      '/report-kinds',
      { config: { action: 'report.read' }, schema: { tags, description: 'The report taxonomy: each kind family and its kinds; reports of one family cluster into incidents.', response: { 200: z.record(z.string(), z.array(z.string())) } } },
      async () => KIND_FAMILIES as unknown as Record<string, string[]>,
    );
  };
}
