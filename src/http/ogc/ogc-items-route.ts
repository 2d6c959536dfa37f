import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Geometry } from 'geojson';
import type { Truce } from '../../create-truce.js';
import { areaFeature, controlClaimFeature, incidentFeature, JSON_FG_CORE, type TruceFeature } from '../../domain/interop/geojson-feature.js';
import type { Area } from '../../domain/control/area.js';
import type { ControlClaim } from '../../domain/control/control-types.js';
import { getArea } from '../../services/areas/get-area.js';
import { countIncidents } from '../../services/exports/count-incidents.js';
import { getAreaPage, getControlClaimFeature, getControlClaimPage } from '../../services/exports/get-feature-pages.js';
import { getIncident } from '../../services/incidents/get-incident.js';
import { getIncidents } from '../../services/incidents/get-incidents.js';
import { presentArea } from '../areas/present-area.js';
import { presentControlClaim } from '../control-claims/present-control-claim.js';
import { presentIncident } from '../incidents/present-incident.js';
import { GEOJSON, JSON_TYPE, link } from './ogc-collections.js';
import { origin, withQuery } from './ogc-links.js';
import { areaItemsQuery, controlClaimItemsQuery, featureParams, featureQuery, incidentItemsQuery } from './ogc-schema.js';

type Page = { features: TruceFeature[]; matched: number; next: Record<string, string> | null };

/** One page as a GeoJSON FeatureCollection, with its counts and the links a client pages by. */
function sendPage(request: FastifyRequest, reply: FastifyReply, collection: string, page: Page, now: string) {
  const links = [link(withQuery(request, {}), 'self', GEOJSON, 'This page'), link(`${origin(request)}/ogc/collections/${collection}`, 'collection', JSON_TYPE, 'The collection')];
  if (page.next) links.push(link(withQuery(request, page.next), 'next', GEOJSON, 'The next page'));
  return reply.type(GEOJSON).send({ type: 'FeatureCollection', conformsTo: [JSON_FG_CORE], numberMatched: page.matched, numberReturned: page.features.length, timeStamp: now, links, features: page.features });
}

function sendFeature(request: FastifyRequest, reply: FastifyReply, collection: string, feature: TruceFeature) {
  const href = `${origin(request)}/ogc/collections/${collection}`;
  return reply.type(GEOJSON).send({ ...feature, links: [link(`${href}/items/${encodeURIComponent(feature.id)}`, 'self', GEOJSON, 'This feature'), link(href, 'collection', JSON_TYPE, 'The collection')] });
}

const geometryOf = (areas: readonly Area[], claim: ControlClaim, request: FastifyRequest): Geometry | null => {
  const area = claim.area_id ? areas.find((a) => a.id === claim.area_id) : undefined;
  return area ? (presentArea(request.actor, area).geometry as Geometry) : null;
};

/** Each collection's items and single items, each route under its collection's own read action. */
export function ogcItemsRoute(truce: Truce): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/ogc/collections/incidents/items', { config: { action: 'incident.read' }, schema: { hide: true, querystring: incidentItemsQuery } }, async (request, reply) => {
      const { bbox, datetime, limit, kind, party, status, cursor } = request.query;
      const filters = { bbox, from: datetime?.from, to: datetime?.to, kind, party_id: party, status };
      const page = await truce.runner.read(request.actor, getIncidents, { ...filters, limit, ...(cursor ? { cursor } : {}) });
      const matched = await truce.runner.read(request.actor, countIncidents, filters);
      const features = page.items.flatMap((i) => {
        const shown = presentIncident(request.actor, i);
        return shown ? [incidentFeature(shown)] : [];
      });
      return sendPage(request, reply, 'incidents', { features, matched, next: page.next_cursor ? { cursor: page.next_cursor } : null }, truce.runner.now());
    });

    app.get('/ogc/collections/incidents/items/:featureId', { config: { action: 'incident.read' }, schema: { hide: true, params: featureParams, querystring: featureQuery } }, async (request, reply) => {
      const { incident } = await truce.runner.read(request.actor, getIncident, { id: request.params.featureId });
      const shown = presentIncident(request.actor, incident);
      if (!shown) throw new Error(`incident ${incident.id} was read for a reader who may not see it`);
      return sendFeature(request, reply, 'incidents', incidentFeature(shown));
    });

    app.get('/ogc/collections/control-claims/items', { config: { action: 'control_claim.read' }, schema: { hide: true, querystring: controlClaimItemsQuery } }, async (request, reply) => {
      const { bbox, datetime, limit, offset, party, status } = request.query;
      const page = await truce.runner.read(request.actor, getControlClaimPage, { bbox, from: datetime?.from, to: datetime?.to, party, status, limit, offset });
      const features = page.items.map((c) => controlClaimFeature(presentControlClaim(request.actor, c), geometryOf(page.areas, c, request)));
      const next = offset + features.length < page.matched ? { offset: String(offset + features.length), limit: String(limit) } : null;
      return sendPage(request, reply, 'control-claims', { features, matched: page.matched, next }, truce.runner.now());
    });

    app.get('/ogc/collections/control-claims/items/:featureId', { config: { action: 'control_claim.read' }, schema: { hide: true, params: featureParams, querystring: featureQuery } }, async (request, reply) => {
      const { claim, areas } = await truce.runner.read(request.actor, getControlClaimFeature, { id: request.params.featureId });
      return sendFeature(request, reply, 'control-claims', controlClaimFeature(presentControlClaim(request.actor, claim), geometryOf(areas, claim, request)));
    });

    app.get('/ogc/collections/areas/items', { config: { action: 'area.read' }, schema: { hide: true, querystring: areaItemsQuery } }, async (request, reply) => {
      const { bbox, limit, offset, kind } = request.query;
      const page = await truce.runner.read(request.actor, getAreaPage, { bbox, kind, limit, offset });
      const features = page.items.map((a) => areaFeature(presentArea(request.actor, a)));
      const next = offset + features.length < page.matched ? { offset: String(offset + features.length), limit: String(limit) } : null;
      return sendPage(request, reply, 'areas', { features, matched: page.matched, next }, truce.runner.now());
    });

    app.get('/ogc/collections/areas/items/:featureId', { config: { action: 'area.read' }, schema: { hide: true, params: featureParams, querystring: featureQuery } }, async (request, reply) => {
      const area = await truce.runner.read(request.actor, getArea, { id: request.params.featureId });
      return sendFeature(request, reply, 'areas', areaFeature(presentArea(request.actor, area)));
    });
  };
}
