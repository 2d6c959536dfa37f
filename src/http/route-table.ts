import type { FastifyInstance, RouteOptions } from 'fastify';
import { isAction, type Action } from '../domain/policy/actions.js';

export interface RouteEntry {
  method: string;
  url: string;
  action: string;
}

/**
 * Every route declares the action it performs, one of the policy's catalogue, so that a
 * misspelt action fails to compile; collectRoutes also refuses to start with a route that declares none.
 */
declare module 'fastify' {
  interface FastifyContextConfig {
    action?: Action;
  }
  interface FastifyInstance {
    /** Every route the server answers, with its declared action (tests enumerate it). */
    routeTable: RouteEntry[];
  }
}

/**
 * Plugins that register their own routes cannot declare an action; this list names
 * it for them, by exact URL or by prefix. Keep it short and exact: anything else without
 * an action stops the server. Never add the prefix `/` (the web UI's own routes declare `web.read`).
 */
export const PLUGIN_ROUTE_ACTIONS: readonly ({ url: string; action: Action } | { prefix: string; action: Action })[] = [
  { prefix: '/api/docs', action: 'docs.read' },
];

function pluginAction(url: string): Action | undefined {
  return PLUGIN_ROUTE_ACTIONS.find((entry) => ('url' in entry ? url === entry.url : url === entry.prefix || url.startsWith(`${entry.prefix}/`)))?.action;
}

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
    const plugin = pluginAction(route.url);
    if (plugin && route.config?.action === undefined) route.config = { ...route.config, action: plugin };
    const action = route.config?.action;
    if (!action || !isAction(action)) {
      throw new Error(`route ${String(route.method)} ${route.url} declares no known action (config.action = ${String(action)})`);
    }
    route.bodyLimit ??= DEFAULT_BODY_LIMIT;
    for (const method of [route.method].flat()) table.push({ method, url: route.url, action });
  });
}
