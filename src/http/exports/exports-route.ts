import { Readable } from 'node:stream';
import type { Geometry } from 'geojson';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Truce } from '../../create-truce.js';
import { areaFeature, controlClaimFeature, JSON_FG_CORE } from '../../domain/interop/geojson-feature.js';
import { getAreas } from '../../services/areas/get-areas.js';
import { getControlClaims } from '../../services/control/get-control-claims.js';
import { exportIncidentsAcledCsv, exportIncidentsGeoJson } from '../../services/exports/export-incidents.js';
import { presentArea } from '../areas/present-area.js';
import { areasQuery } from '../areas/area-schema.js';
import { errorResponse } from '../common/common-schemas.js';
import { controlClaimQuery } from '../control-claims/control-claim-schema.js';
import { presentControlClaim } from '../control-claims/present-control-claim.js';
import { incidentQuery } from '../incidents/incident-schema.js';

const errors = { 400: errorResponse, 401: errorResponse, 403: errorResponse };
const tags = ['exports'];
const GEOJSON = 'application/geo+json';

/** The list's filters, without its paging: an export holds every match. */
const incidentExportQuery = incidentQuery.omit({ limit: true, cursor: true });

/** A file streamed as it is written: its content type is the description's. */
const exportFile = (description: string) => z.unknown().meta({ description });

/**
 * Files for other tools: incidents as CSV with ACLED's columns and as GeoJSON, control claims
 * and areas as GeoJSON (RFC 7946, with OGC JSON-FG's `time`). Each holds what the reader may
 * see, as the disclosure policy shows it to them (docs/interop.md).
 */
export function exportsRoute(truce: Truce): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/incidents.csv',
      {
        config: { action: 'incident.read' },
        schema: { tags, description: 'The incidents the reader may see, with their reports, as CSV with ACLED’s column names.', querystring: incidentExportQuery, response: { 200: exportFile('text/csv, one incident a line'), ...errors } },
      },
      async (request, reply) => {
        const { party, agreement, ...filters } = request.query;
        const lines = exportIncidentsAcledCsv(truce.runner, request.actor, { ...filters, party_id: party, agreement_id: agreement });
        return reply.type('text/csv; charset=utf-8').header('content-disposition', 'attachment; filename="incidents.csv"').send(Readable.from(lines));
      },
    );

    app.get(
      '/incidents.geojson',
      {
        config: { action: 'incident.read' },
        schema: { tags, description: 'The incidents the reader may see as a GeoJSON FeatureCollection, observed times as JSON-FG `time`.', querystring: incidentExportQuery, response: { 200: exportFile(GEOJSON), ...errors } },
      },
      async (request, reply) => {
        const { party, agreement, ...filters } = request.query;
        const parts = exportIncidentsGeoJson(truce.runner, request.actor, { ...filters, party_id: party, agreement_id: agreement });
        return reply.type(GEOJSON).send(Readable.from(parts));
      },
    );

    app.get(
      '/control-claims.geojson',
      {
        config: { action: 'control_claim.read' },
        schema: { tags, description: 'Control claims as GeoJSON: at their point, or over their area; `time` is as_of.', querystring: controlClaimQuery, response: { 200: exportFile(GEOJSON), ...errors } },
      },
      async (request, reply) => {
        const claims = await truce.runner.read(request.actor, getControlClaims, request.query);
        const areas = new Map((await truce.runner.read(request.actor, getAreas, {})).map((a) => [a.id, presentArea(request.actor, a)]));
        const features = claims.map((c) => controlClaimFeature(presentControlClaim(request.actor, c), ((c.area_id && areas.get(c.area_id)?.geometry) || null) as Geometry | null));
        return reply.type(GEOJSON).send(JSON.stringify({ type: 'FeatureCollection', conformsTo: [JSON_FG_CORE], features }));
      },
    );

    app.get(
      '/areas.geojson',
      { config: { action: 'area.read' }, schema: { tags, description: 'Named areas as GeoJSON polygons.', querystring: areasQuery, response: { 200: exportFile(GEOJSON), ...errors } } },
      async (request, reply) => {
        const features = (await truce.runner.read(request.actor, getAreas, request.query)).map((a) => areaFeature(presentArea(request.actor, a)));
        return reply.type(GEOJSON).send(JSON.stringify({ type: 'FeatureCollection', conformsTo: [JSON_FG_CORE], features }));
      },
    );
  };
}
