import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Truce } from '../../create-truce.js';
import { can } from '../../domain/policy/can.js';
import type { Actor } from '../../domain/actor.js';
import { getAreaExtent, getControlClaimExtent, getIncidentExtent, type CollectionExtent } from '../../services/exports/get-collection-extent.js';
import { COLLECTIONS, CONFORMANCE, CRS84, GEOJSON, JSON_TYPE, link, OPENAPI_30, type OgcCollection } from './ogc-collections.js';
import { origin } from './ogc-links.js';
import { ogcItemsRoute } from './ogc-items-route.js';
import { ogcOpenApi } from './ogc-openapi.js';
import { metadataQuery } from './ogc-schema.js';

const EXTENTS = { incidents: getIncidentExtent, 'control-claims': getControlClaimExtent, areas: getAreaExtent } as const;
const GREGORIAN = 'http://www.opengis.net/def/uom/ISO-8601/0/Gregorian';

/**
 * OGC API – Features Part 1 at /ogc (docs/interop.md): the landing page, the conformance
 * declaration, its own OpenAPI 3.0 description and the collections. Hidden from the main
 * OpenAPI 3.1 document, which describes /api/v1; this one is described by /ogc/api.
 */
export function ogcRoute(truce: Truce): FastifyPluginAsyncZod {
  return async (app) => {
    const schema = { hide: true, querystring: metadataQuery };

    app.get('/ogc', { config: { action: 'docs.read' }, schema }, async (request) => {
      const base = `${origin(request)}/ogc`;
      return {
        title: 'Truce',
        description: 'Ceasefire monitoring: incidents, control claims and areas as OGC API – Features. Each reader sees what their token allows; the public, what is published.',
        links: [
          link(base, 'self', JSON_TYPE, 'This document'),
          link(`${base}/api`, 'service-desc', OPENAPI_30, 'The API description (OpenAPI 3.0)'),
          link(`${base}/conformance`, 'conformance', JSON_TYPE, 'Conformance classes'),
          link(`${base}/conformance`, 'http://www.opengis.net/def/rel/ogc/1.0/conformance', JSON_TYPE, 'Conformance classes'),
          link(`${base}/collections`, 'data', JSON_TYPE, 'Collections'),
          link(`${base}/collections`, 'http://www.opengis.net/def/rel/ogc/1.0/data', JSON_TYPE, 'Collections'),
        ],
      };
    });

    app.get('/ogc/conformance', { config: { action: 'docs.read' }, schema }, async () => ({ conformsTo: CONFORMANCE }));

    app.get('/ogc/api', { config: { action: 'docs.read' }, schema }, async (request, reply) => reply.type(OPENAPI_30).send(ogcOpenApi(origin(request))));

    const describe = async (collection: OgcCollection, actor: Actor, base: string) => {
      const extent: CollectionExtent = await truce.runner.read(actor, EXTENTS[collection.id], undefined);
      const href = `${base}/collections/${collection.id}`;
      return {
        id: collection.id,
        title: collection.title,
        description: collection.description,
        itemType: 'feature',
        crs: [CRS84],
        extent: {
          spatial: { bbox: [extent.bbox ?? [-180, -90, 180, 90]], crs: CRS84 },
          temporal: { interval: [extent.interval ?? [null, null]], trs: GREGORIAN },
        },
        links: [link(href, 'self', JSON_TYPE, collection.title), link(`${href}/items`, 'items', GEOJSON, `${collection.title} as GeoJSON`)],
      };
    };

    // Every collection its reader may read; which they are is the policy's.
    app.get('/ogc/collections', { config: { action: 'docs.read' }, schema }, async (request) => {
      const base = `${origin(request)}/ogc`;
      const readable = COLLECTIONS.filter((c) => can(request.actor, c.action));
      return {
        links: [link(`${base}/collections`, 'self', JSON_TYPE, 'Collections')],
        collections: await Promise.all(readable.map((c) => describe(c, request.actor, base))),
      };
    });

    for (const collection of COLLECTIONS) {
      app.get(`/ogc/collections/${collection.id}`, { config: { action: collection.action }, schema }, async (request) => describe(collection, request.actor, `${origin(request)}/ogc`));
    }

    await app.register(ogcItemsRoute(truce));
    // Nothing else lives under /ogc: a client asking for an unknown collection gets a 404, not the web app.
    app.get('/ogc/*', { config: { action: 'docs.read' }, schema: { hide: true } }, async (_request, reply) => reply.callNotFound());
  };
}
