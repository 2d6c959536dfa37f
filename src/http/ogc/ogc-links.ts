import type { FastifyRequest } from 'fastify';

/** The server's own origin as the client reached it (behind a trusted proxy, as the proxy says). */
export function origin(request: FastifyRequest): string {
  return `${request.protocol}://${request.host}`;
}

/** The URL of this request with some query parameters replaced: a `next` link keeps the reader's filters. */
export function withQuery(request: FastifyRequest, replace: Record<string, string>): string {
  const url = new URL(request.url, origin(request));
  for (const [name, value] of Object.entries(replace)) url.searchParams.set(name, value);
  return url.toString();
}
