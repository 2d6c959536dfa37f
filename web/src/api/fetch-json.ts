import type { z } from 'zod';

/** One field the server named: the English message, and the code and params the page translates. */
export interface ApiErrorDetail {
  path: string;
  message: string;
  code?: string;
  params?: Readonly<Record<string, string | number>>;
}

/** A failed request: the API's error shape when it sent one, else the HTTP status. */
export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** The fields the server named, for validation errors. */
    readonly details: readonly ApiErrorDetail[] = [],
    readonly requestId?: string,
  ) {
    super(message);
  }
}

export async function failure(response: Response): Promise<ApiError> {
  const type = response.headers.get('content-type') ?? '';
  if (type.includes('json')) {
    const body = (await response.json().catch(() => null)) as { error?: unknown; message?: unknown; details?: unknown; request_id?: unknown } | null;
    if (body && typeof body.error === 'string' && typeof body.message === 'string') {
      const details = Array.isArray(body.details) ? (body.details as ApiErrorDetail[]) : [];
      return new ApiError(response.status, body.error, body.message, details, typeof body.request_id === 'string' ? body.request_id : undefined);
    }
  }
  return new ApiError(response.status, 'http_error', `${response.status} ${response.statusText}`);
}

/**
 * GETs JSON and checks it against the API's own zod schema, so that the page never
 * shows data that does not match the contract.
 */
export async function fetchJson<S extends z.ZodType>(url: string, schema: S, signal?: AbortSignal): Promise<z.infer<S>> {
  const response = await fetch(url, { headers: { accept: 'application/json' }, ...(signal ? { signal } : {}) });
  if (!response.ok) throw await failure(response);
  return schema.parse(await response.json());
}

/** GETs text (the log's signed notes are text/plain). */
export async function fetchText(url: string, signal?: AbortSignal): Promise<string> {
  const response = await fetch(url, { headers: { accept: 'text/plain' }, cache: 'no-store', ...(signal ? { signal } : {}) });
  if (!response.ok) throw await failure(response);
  return response.text();
}
