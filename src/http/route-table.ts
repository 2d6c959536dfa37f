import type { FastifyInstance, RouteOptions } from 'fastify';
import { isAction } from '../domain/policy/actions.js';

export interface RouteEntry {
  method: string;
  url: string;
  action: string;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Every route the server answers, with its declared action (tests enumerate it). */
    routeTable: RouteEntry[];
  }
}

/** The swagger-ui plugin registers its own routes; they are the public docs. */
const DOCS_PREFIX = '/api/docs';
/** Bodies are small JSON unless a route says otherwise (an evidence upload sets its own bodyLimit). */
export const DEFAULT_BODY_LIMIT = 256 * 1024;

/**
 * Records every route as it is added, gives routes without a body limit the
 * default one, and refuses to start with a route that declares no known action.
 */
export function collectRoutes(app: FastifyInstance): void {
  const table: RouteEntry[] = [];
  app.decorate('routeTable', table);
  app.addHook('onRoute', (route: RouteOptions) => {
    if (route.url.startsWith(DOCS_PREFIX) && route.config?.action === undefined) {
      route.config = { ...route.config, action: 'docs.read' };
    }
    const action = route.config?.action;
    if (!action || !isAction(action)) {
      throw new Error(`route ${String(route.method)} ${route.url} declares no known action (config.action = ${String(action)})`);
    }
    route.bodyLimit ??= DEFAULT_BODY_LIMIT;
    for (const method of [route.method].flat()) table.push({ method, url: route.url, action });
  });
}
