/**
 * Values per `IN (…)` list: PostgreSQL takes at most 65,535 bind parameters per statement and
 * SQLite 32,766, so a long list is sent as several statements well under both.
 */
export const IN_LIST_CHUNK = 5000;

/** Runs a query once per chunk of `values` and joins the rows, in chunk order. */
export async function selectInChunks<V, R>(values: readonly V[], query: (chunk: V[]) => Promise<R[]>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < values.length; i += IN_LIST_CHUNK) out.push(...(await query(values.slice(i, i + IN_LIST_CHUNK))));
  return out;
}
