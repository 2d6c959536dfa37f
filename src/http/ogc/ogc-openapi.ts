import { COLLECTIONS, GEOJSON, JSON_TYPE } from './ogc-collections.js';
import { OGC_DEFAULT_LIMIT, OGC_MAX_LIMIT } from './ogc-schema.js';

type Schema = Record<string, unknown>;

const json = (description: string, schema: Schema = { type: 'object' }, type = JSON_TYPE) => ({ description, content: { [type]: { schema } } });
const error = json('The request is not valid: the error names the parameter.', { $ref: '#/components/schemas/Error' });
const notFound = json('No such record for this reader.', { $ref: '#/components/schemas/Error' });
const query = (name: string, description: string, schema: Schema, style?: Schema) => ({ name, in: 'query', required: false, description, schema, ...style });

const COMMON_PARAMETERS = [
  query('bbox', 'west,south,east,north in degrees (CRS84).', { type: 'array', minItems: 4, maxItems: 4, items: { type: 'number' } }, { style: 'form', explode: false }),
  query('datetime', 'An RFC 3339 instant or date, or an interval start/end with ".." for an open end.', { type: 'string' }),
  query('limit', 'How many features a page holds.', { type: 'integer', minimum: 1, maximum: OGC_MAX_LIMIT, default: OGC_DEFAULT_LIMIT }),
];

const PAGING: Record<string, Schema> = {
  incidents: query('cursor', 'From a `next` link.', { type: 'string' }),
  'control-claims': query('offset', 'From a `next` link.', { type: 'integer', minimum: 0 }),
  areas: query('offset', 'From a `next` link.', { type: 'integer', minimum: 0 }),
};

/**
 * The OpenAPI 3.0 description of /ogc itself, which the `oas30` conformance class asks for (the
 * main API's is 3.1): clients such as GDAL read the page size they may ask for from `limit`.
 */
export function ogcOpenApi(base: string): Schema {
  const paths: Record<string, Schema> = {
    '/': { get: { summary: 'The landing page', operationId: 'getLandingPage', responses: { 200: json('Links to the API description, the conformance declaration and the collections.') } } },
    '/conformance': { get: { summary: 'The conformance classes served', operationId: 'getConformance', responses: { 200: json('The conformance declaration.') } } },
    '/api': { get: { summary: 'This description', operationId: 'getApi', responses: { 200: json('OpenAPI 3.0.') } } },
    '/collections': { get: { summary: 'The collections the reader may read', operationId: 'getCollections', responses: { 200: json('The collections.') } } },
  };
  for (const collection of COLLECTIONS) {
    const id = collection.id.replace('-', '_');
    const filters = collection.filters.map((f) => query(f.name, f.description, f.values ? { type: 'string', enum: [...f.values] } : { type: 'string' }));
    paths[`/collections/${collection.id}`] = {
      get: { summary: collection.title, description: collection.description, operationId: `describe_${id}`, responses: { 200: json('The collection.'), 404: notFound } },
    };
    paths[`/collections/${collection.id}/items`] = {
      get: {
        summary: `${collection.title}: features`,
        operationId: `get_${id}_features`,
        parameters: [...COMMON_PARAMETERS, ...filters, PAGING[collection.id]],
        responses: { 200: json('A page of features, with numberMatched, numberReturned and a next link when there are more.', { $ref: '#/components/schemas/FeatureCollection' }, GEOJSON), 400: error },
      },
    };
    paths[`/collections/${collection.id}/items/{featureId}`] = {
      get: {
        summary: `${collection.title}: one feature`,
        operationId: `get_${id}_feature`,
        parameters: [{ name: 'featureId', in: 'path', required: true, schema: { type: 'string' } }],
        responses: { 200: json('The feature.', { type: 'object' }, GEOJSON), 404: notFound },
      },
    };
  }
  return {
    openapi: '3.0.3',
    info: { title: 'Truce OGC API – Features', version: '1', description: 'Incidents, control claims and areas as features, each reader shown what the disclosure policy lets them see.' },
    servers: [{ url: `${base}/ogc` }],
    paths,
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'An API token; without one, the public’s view.' } },
      schemas: {
        Error: { type: 'object', required: ['error', 'message', 'details'], properties: { error: { type: 'string' }, message: { type: 'string' }, details: { type: 'array', items: { type: 'object', properties: { path: { type: 'string' }, message: { type: 'string' } } } } } },
        FeatureCollection: {
          type: 'object',
          required: ['type', 'features'],
          properties: {
            type: { type: 'string', enum: ['FeatureCollection'] },
            features: { type: 'array', items: { type: 'object' } },
            numberMatched: { type: 'integer', minimum: 0 },
            numberReturned: { type: 'integer', minimum: 0 },
            timeStamp: { type: 'string', format: 'date-time' },
            links: { type: 'array', items: { type: 'object', required: ['href', 'rel'], properties: { href: { type: 'string' }, rel: { type: 'string' }, type: { type: 'string' }, title: { type: 'string' } } } },
          },
        },
      },
    },
    security: [{}, { bearer: [] }],
  };
}
