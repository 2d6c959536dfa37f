/**
 * Every route declares the action it performs; the server refuses to start with
 * a route that does not, and the policy decides each action before the use case runs.
 */
export interface RouteConfig {
  action: string;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    action?: string;
  }
}
