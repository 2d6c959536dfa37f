import { AREA_KINDS } from '../../domain/control/area.js';
import { CONTROL_STATUSES } from '../../domain/control/control-types.js';
import { INCIDENT_STATUSES } from '../../domain/incidents/incident-types.js';
import { REPORT_KINDS } from '../../domain/monitoring/report-taxonomy.js';
import type { Action } from '../../domain/policy/actions.js';

export const GEOJSON = 'application/geo+json';
export const JSON_TYPE = 'application/json';
export const OPENAPI_30 = 'application/vnd.oai.openapi+json;version=3.0';
export const CRS84 = 'http://www.opengis.net/def/crs/OGC/1.3/CRS84';

/** The conformance classes served, and only those: Part 1's core, GeoJSON and the OpenAPI 3.0 description. */
export const CONFORMANCE = [
  'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core',
  'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson',
  'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30',
];

export interface OgcCollection {
  id: 'incidents' | 'control-claims' | 'areas';
  title: string;
  description: string;
  /** The action reading it: a collection the reader may not read is not listed. */
  action: Action;
  /** The plain filters its items take beside bbox, datetime and limit. */
  filters: readonly { name: string; description: string; values?: readonly string[] }[];
}

export interface OgcLink {
  href: string;
  rel: string;
  type: string;
  title?: string;
}

export function link(href: string, rel: string, type: string, title?: string): OgcLink {
  return { href, rel, type, ...(title ? { title } : {}) };
}

export const COLLECTIONS: readonly OgcCollection[] = [
  {
    id: 'incidents',
    title: 'Incidents',
    description: 'Incidents the reader may see (the public: published findings), at the point they are shown, observed from first to last report.',
    action: 'incident.read',
    filters: [
      { name: 'kind', description: 'The incident kind.', values: REPORT_KINDS },
      { name: 'party', description: 'The party the incident is attributed to (a party id).' },
      { name: 'status', description: 'The incident status.', values: INCIDENT_STATUSES },
    ],
  },
  {
    id: 'control-claims',
    title: 'Control claims',
    description: 'Who controls a place or area, as claimed by a party or outlet or assessed by the mission, as of a date.',
    action: 'control_claim.read',
    filters: [
      { name: 'party', description: 'The party claimed to control the place or area (a party id).' },
      { name: 'status', description: 'The control status.', values: CONTROL_STATUSES },
    ],
  },
  {
    id: 'areas',
    title: 'Areas',
    description: 'Named areas: zones, front sectors and regions, as polygons.',
    action: 'area.read',
    filters: [{ name: 'kind', description: 'The area kind.', values: AREA_KINDS }],
  },
];
