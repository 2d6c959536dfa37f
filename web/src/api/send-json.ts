import type { z } from 'zod';
import { csrfHeaders } from './csrf-token.js';
import { failure } from './fetch-json.js';

/**
 * POSTs (or PATCHes, DELETEs) JSON with the session's CSRF token, and checks the answer
 * against the API's own zod schema. A 204 answers null.
 */
export async function sendJson<S extends z.ZodType>(method: 'POST' | 'PATCH' | 'DELETE', url: string, body: unknown, schema: S): Promise<z.infer<S>> {
  const response = await fetch(url, {
    method,
    headers: { accept: 'application/json', ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...csrfHeaders() },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!response.ok) throw await failure(response);
  if (response.status === 204) return schema.parse(null);
  return schema.parse(await response.json());
}
