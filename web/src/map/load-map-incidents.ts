import { z } from 'zod';
import { aggregateResponse, incidentResponse } from '@contract/incidents/incident-schema.js';
import { fetchJson } from '../api/fetch-json.js';
import { filterParams, type IncidentFilterValues } from '../incidents/incident-filters.js';
import { HEXAGON_MAX_ZOOM, hexResolutionForZoom } from './aggregate-hexagons.js';
import type { MapViewport } from './map-view.js';

const incidentPage = z.object({ items: z.array(incidentResponse), next_cursor: z.string().nullable() });

/** At most this many incidents are drawn as markers; past it the page says so and asks to zoom or filter. */
export const MARKER_LIMIT = 2000;
const PAGE = 500;

export type MapIncidents =
  | { mode: 'hexagons'; aggregate: z.infer<typeof aggregateResponse> }
  | { mode: 'markers'; items: z.infer<typeof incidentResponse>[]; truncated: boolean };

/** The request for what is in view: the bounds padded by half, so that a small pan needs nothing new. */
export function mapIncidentsQuery(view: MapViewport, filters: IncidentFilterValues, time: { from?: string; to?: string }): URLSearchParams {
  const [west, south, east, north] = view.bbox;
  const padX = (east - west) / 2;
  const padY = (north - south) / 2;
  const round = (v: number) => v.toFixed(2);
  const params = filterParams(filters);
  params.set('bbox', [Math.max(-180, west - padX), Math.max(-90, south - padY), Math.min(180, east + padX), Math.min(90, north + padY)].map(round).join(','));
  if (time.from) params.set('from', time.from);
  if (time.to) params.set('to', time.to);
  if (view.zoom <= HEXAGON_MAX_ZOOM) params.set('resolution', String(hexResolutionForZoom(view.zoom)));
  return params;
}

/** Counts per hexagon at low zoom; above it, the incidents in view, a page at a time up to MARKER_LIMIT. */
export async function loadMapIncidents(params: URLSearchParams, signal: AbortSignal): Promise<MapIncidents> {
  if (params.has('resolution')) return { mode: 'hexagons', aggregate: await fetchJson(`/api/v1/incidents/aggregate?${params.toString()}`, aggregateResponse, signal) };
  const items: z.infer<typeof incidentResponse>[] = [];
  let cursor: string | null = null;
  do {
    const query = new URLSearchParams(params);
    query.set('limit', String(PAGE));
    if (cursor) query.set('cursor', cursor);
    const page: z.infer<typeof incidentPage> = await fetchJson(`/api/v1/incidents?${query.toString()}`, incidentPage, signal);
    items.push(...page.items);
    cursor = page.next_cursor;
  } while (cursor && items.length < MARKER_LIMIT);
  return { mode: 'markers', items, truncated: cursor !== null };
}
