import type { FastifyInstance, InjectOptions } from 'fastify';

export interface ApiResult<T = any> {
  status: number;
  body: T;
  headers: Record<string, unknown>;
}

/** Requests through the real server (fastify.inject), parsing JSON answers; `defaultHeaders` go with every request (e.g. an account's). */
export function apiClient(app: FastifyInstance, defaultHeaders: Record<string, string> = {}) {
  const call = async <T = any>(method: InjectOptions['method'], url: string, payload?: unknown, headers: Record<string, string> = {}): Promise<ApiResult<T>> => {
    const response = await app.inject({
      method,
      url,
      ...(payload !== undefined ? { payload: payload as InjectOptions['payload'] } : {}),
      headers: { ...defaultHeaders, ...headers },
    });
    const type = String(response.headers['content-type'] ?? '');
    return { status: response.statusCode, body: (type.includes('json') ? response.json() : response.body) as T, headers: response.headers };
  };
  return {
    get: <T = any>(url: string, headers?: Record<string, string>) => call<T>('GET', url, undefined, headers),
    post: <T = any>(url: string, payload?: unknown, headers?: Record<string, string>) => call<T>('POST', url, payload, headers),
    patch: <T = any>(url: string, payload?: unknown, headers?: Record<string, string>) => call<T>('PATCH', url, payload, headers),
    delete: <T = any>(url: string, headers?: Record<string, string>) => call<T>('DELETE', url, undefined, headers),
    call,
  };
}
