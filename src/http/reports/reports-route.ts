import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Truce } from '../../create-truce.js';
import { KIND_FAMILIES } from '../../domain/monitoring/report-taxonomy.js';
import { addCustodyEvent } from '../../services/evidence/add-custody-event.js';
import { releaseEvidence } from '../../services/evidence/release-evidence.js';
import { getReport } from '../../services/reports/get-report.js';
import { submitReports } from '../../services/reports/submit-reports.js';
import { errorResponse, idParams } from '../common/common-schemas.js';
import { uploadEvidence } from '../evidence/upload-evidence.js';
import { presentEvidence, presentReport } from './present-report.js';
import { bulkReportsBody, bulkReportsResponse, custodyBody, evidenceParams, evidenceResponse, releaseBody, reportBody, reportResponse } from './report-schema.js';
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
      { config: { action: 'report.create' }, schema: { tags, body: reportBody, response: { 201: reportResponse, ...errors } } },
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
        schema: { tags, description: 'Up to 10,000 reports in one request, all or nothing.', body: bulkReportsBody, response: { 201: bulkReportsResponse, ...errors } },
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

    app.register(uploadEvidence(truce));

    app.post(
      '/reports/:id/evidence/:evidenceId/custody',
      { config: { action: 'evidence.custody' }, schema: { tags, params: evidenceParams, body: custodyBody, response: { 201: evidenceResponse, ...errors } } },
      async (request, reply) => {
        const { evidence, context } = await truce.runner.write(request.actor, addCustodyEvent, { ...request.body, report_id: request.params.id, evidence_id: request.params.evidenceId });
        return reply.code(201).send(presentEvidence(request.actor, evidence, context)!);
      },
    );

    app.post(
      '/reports/:id/evidence/:evidenceId/release',
      {
        config: { action: 'evidence.release' },
        schema: { tags, description: 'Releases the evidence to the parties concerned or the public, or keeps it to the mission.', params: evidenceParams, body: releaseBody, response: { 200: evidenceResponse, ...errors } },
      },
      async (request) => {
        const { evidence, context } = await truce.runner.write(request.actor, releaseEvidence, { ...request.body, report_id: request.params.id, evidence_id: request.params.evidenceId });
        return presentEvidence(request.actor, evidence, context)!;
      },
    );

    app.get(
      '/report-kinds',
      { config: { action: 'report.read' }, schema: { tags, description: 'The report taxonomy: each kind family and its kinds; reports of one family cluster into incidents.', response: { 200: z.record(z.string(), z.array(z.string())) } } },
      async () => KIND_FAMILIES as unknown as Record<string, string[]>,
    );
  };
}
