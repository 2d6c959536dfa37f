import { useEffect, useRef, useState } from 'react';
import { z } from 'zod';
import { incidentResponse } from '@contract/incidents/incident-schema.js';
import { fetchJson } from '../api/fetch-json.js';
import { useResource } from '../api/use-resource.js';

export type Incident = z.infer<typeof incidentResponse>;
const incidentPage = z.object({ items: z.array(incidentResponse), next_cursor: z.string().nullable() });

/** A desk reads a screenful at a time; the API's cursor brings the next. */
export const PAGE_SIZE = 50;

export interface IncidentPages<T> {
  /** The rows loaded so far, in the API's order (latest first observed first); null until the first page arrives, none without a query. */
  rows: T[] | null;
  failed: Error | null;
  hasMore: boolean;
  busy: boolean;
  /** The rows shown are the previous query's while its first page loads again. */
  refreshing: boolean;
  more: () => void;
  reload: () => void;
}

/**
 * The incidents matching `query`, page by page through the API's cursor, each page made into rows by
 * `toRows` (which may read more per incident). A reload starts again from the first page, and the rows
 * shown stay until the new ones arrive. `query` null loads nothing.
 */
export function useIncidentPages<T>(query: URLSearchParams | null, toRows: (items: Incident[], signal?: AbortSignal) => Promise<T[]>): IncidentPages<T> {
  const url = (cursor: string | null) => {
    const params = new URLSearchParams(query ?? undefined);
    params.set('limit', String(PAGE_SIZE));
    if (cursor) params.set('cursor', cursor);
    return `/api/v1/incidents?${params.toString()}`;
  };
  const loadPage = async (cursor: string | null, signal?: AbortSignal) => {
    const page = await fetchJson(url(cursor), incidentPage, signal);
    return { rows: await toRows(page.items, signal), cursor: page.next_cursor };
  };
  const first = useResource(query === null ? 'none' : url(null), (signal) => (query === null ? Promise.resolve({ rows: [] as T[], cursor: null }) : loadPage(null, signal)));
  const [more, setMore] = useState<{ rows: T[]; cursor: string | null; failed: Error | null }>({ rows: [], cursor: null, failed: null });
  const [busy, setBusy] = useState(false);
  const firstPage = first.state === 'ready' ? first.data : null;
  // A new first page (other filters, or a reload after a decision) starts the list again.
  useEffect(() => {
    setMore({ rows: [], cursor: firstPage?.cursor ?? null, failed: null });
  }, [firstPage]);
  const shown = useRef<T[] | null>(null);
  if (firstPage) shown.current = [...firstPage.rows, ...more.rows];
  if (query === null) shown.current = [];

  const loadMore = async () => {
    if (!more.cursor || busy) return;
    setBusy(true);
    try {
      const page = await loadPage(more.cursor);
      setMore((m) => ({ rows: [...m.rows, ...page.rows], cursor: page.cursor, failed: null }));
    } catch (error) {
      setMore((m) => ({ ...m, failed: error instanceof Error ? error : new Error(String(error)) }));
    } finally {
      setBusy(false);
    }
  };

  return {
    rows: shown.current,
    failed: first.state === 'failed' ? first.error : more.failed,
    hasMore: firstPage !== null && more.cursor !== null,
    busy: busy || first.state === 'loading',
    refreshing: first.state === 'loading' && shown.current !== null && query !== null,
    more: () => void loadMore(),
    reload: first.reload,
  };
}
