import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Truce } from '../../create-truce.js';
import { approveDecision } from '../../services/decisions/approve-decision.js';
import { proposeDecision } from '../../services/decisions/propose-decision.js';
import { aggregateIncidents } from '../../services/incidents/aggregate-incidents.js';
import { getIncident } from '../../services/incidents/get-incident.js';
import { getIncidents } from '../../services/incidents/get-incidents.js';
import { mergeIncidents } from '../../services/incidents/merge-incidents.js';
import { splitIncident } from '../../services/incidents/split-incident.js';
import { errorResponse, idParams } from '../common/common-schemas.js';
import { AggregateCache } from './aggregate-cache.js';
import { aggregateQuery, aggregateResponse, decisionBody, decisionParams, decisionResponse, incidentDetailResponse, incidentQuery, incidentResponse, mergeBody, splitBody } from './incident-schema.js';
import { presentDecision, presentIncident, presentIncidentDetail } from './present-incident.js';

const errors = { 400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse, 409: errorResponse };
const tags = ['incidents'];

export function incidentsRoute(truce: Truce): FastifyPluginAsyncZod {
  return async (app) => {
    const aggregates = new AggregateCache<Awaited<ReturnType<typeof aggregateIncidents>>>();

    app.get(
      '/incidents',
      {
        config: { action: 'incident.read' },
        schema: {
          tags,
          description:
            'The incidents the reader may see (the public: published ones; a liaison: also those attributed to its party), merged ones left out, the latest first observed first. Pass `next_cursor` back as `cursor` for the next page; pages stay stable while reports arrive.',
          querystring: incidentQuery,
          response: { 200: z.object({ items: z.array(incidentResponse), next_cursor: z.string().nullable() }), ...errors },
        },
      },
      async (request) => {
        const { party, agreement, ...query } = request.query;
        const page = await truce.runner.read(request.actor, getIncidents, { ...query, party_id: party, agreement_id: agreement });
        return { items: page.items.flatMap((i) => presentIncident(request.actor, i) ?? []), next_cursor: page.next_cursor };
      },
    );

    app.get(
      '/incidents/aggregate',
      {
        config: { action: 'incident.read' },
        schema: {
          tags,
          description:
            'Counts of the incidents the list would show, with the same filters, per H3 cell at `resolution`, by status and by attributed party, for the map at low zoom. A sensitive incident is counted in the cell of the point the reader is shown.',
          querystring: aggregateQuery,
          response: { 200: aggregateResponse, ...errors },
        },
      },
      async (request) => {
        const { party, agreement, ...query } = request.query;
        return aggregates.get(request.actor, request.query, await truce.log.size(), () =>
          truce.runner.read(request.actor, aggregateIncidents, { ...query, party_id: party, agreement_id: agreement }),
        );
      },
    );

    app.get(
      '/incidents/:id',
      {
        config: { action: 'incident.read' },
        schema: {
          tags,
          description: 'One incident with the reports, evidence, decisions and disputes the reader may see, the assessed change behind a territorial_change incident, and its log entries. An incident the reader may not see is a 404.',
          params: idParams,
          response: { 200: incidentDetailResponse, ...errors },
        },
      },
      async (request) => presentIncidentDetail(request.actor, await truce.runner.read(request.actor, getIncident, request.params)),
    );

    app.post(
      '/incidents/:id/merge',
      {
        config: { action: 'incident.merge' },
        schema: {
          tags,
          description:
            'Merges the listed incidents into this one, while none is decided (each reported or under review) and none was opened by a territorial change. Pending decisions on them are superseded; whoever reported into them stays barred from approving on this one.',
          params: idParams,
          body: mergeBody,
          response: { 200: incidentDetailResponse, ...errors },
        },
      },
      async (request) => presentIncidentDetail(request.actor, await truce.runner.write(request.actor, mergeIncidents, { id: request.params.id, ...request.body })),
    );

    app.post(
      '/incidents/:id/split',
      {
        config: { action: 'incident.split' },
        schema: {
          tags,
          description:
            'Moves the listed reports into a new incident, while this one is reported or under review. Pending decisions on it are superseded; the moved reports’ submitters stay barred from approving on it.',
          params: idParams,
          body: splitBody,
          response: { 201: z.object({ from: incidentDetailResponse, to: incidentDetailResponse }), ...errors },
        },
      },
      async (request, reply) => {
        const { from, to } = await truce.runner.write(request.actor, splitIncident, { id: request.params.id, ...request.body });
        return reply.code(201).send({ from: presentIncidentDetail(request.actor, from), to: presentIncidentDetail(request.actor, to) });
      },
    );

    app.post(
      '/incidents/:id/decisions',
      {
        config: { action: 'decision.create' },
        schema: {
          tags,
          description:
            'A verifier proposes a decision, its own approval the first; a pending one it replaces is superseded. Unconfirmed and refuted take effect at once; verified needs an attribution and a second verifier’s approval. Nobody who ever reported into the incident, or recorded the assessment behind it, may propose or approve a decision on it.',
          params: idParams,
          body: decisionBody,
          response: { 201: decisionResponse, ...errors },
        },
      },
      async (request, reply) => {
        const { decision, incident } = await truce.runner.write(request.actor, proposeDecision, { ...request.body, incident_id: request.params.id });
        return reply.code(201).send(presentDecision(request.actor, decision, incident)!);
      },
    );

    app.post(
      '/incidents/:id/decisions/:decisionId/approvals',
      {
        config: { action: 'decision.approve' },
        schema: {
          tags,
          description: 'A second verifier approves a pending decision; the second approval of a verified decision publishes the finding. Nobody approves twice; of concurrent approvals, one succeeds.',
          params: decisionParams,
          response: { 201: decisionResponse, ...errors },
        },
      },
      async (request, reply) => {
        const { decision, incident } = await truce.runner.write(request.actor, approveDecision, { incident_id: request.params.id, decision_id: request.params.decisionId });
        return reply.code(201).send(presentDecision(request.actor, decision, incident)!);
      },
    );
  };
}
