import type { FastifyInstance, RouteOptions } from 'fastify';
import { isAction, type Action } from '../domain/policy/actions.js';

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

/**
 * Plugins that register their own routes cannot declare an action; these prefixes
 * name the action for them. Keep the list short and exact: anything else without
 * an action stops the server. (A static web UI would add, e.g., `['/', 'ui.read']` for its files.)
 */
export const PLUGIN_ROUTE_ACTIONS: readonly (readonly [prefix: string, action: Action])[] = [['/api/docs', 'docs.read']];
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
    const plugin = PLUGIN_ROUTE_ACTIONS.find(([prefix]) => route.url.startsWith(prefix));
    if (plugin && route.config?.action === undefined) route.config = { ...route.config, action: plugin[1] };
    const action = route.config?.action;
    if (!action || !isAction(action)) {
      throw new Error(`route ${String(route.method)} ${route.url} declares no known action (config.action = ${String(action)})`);
    }
    route.bodyLimit ??= DEFAULT_BODY_LIMIT;
    for (const method of [route.method].flat()) table.push({ method, url: route.url, action });
  });
}
