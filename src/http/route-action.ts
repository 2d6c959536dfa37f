import type { Action } from '../domain/policy/actions.js';

/**
 * Every route declares the action it performs, one of the policy's catalogue, so that a
 * misspelt action fails to compile; the server also refuses to start with a route that declares none.
 */
declare module 'fastify' {
  interface FastifyContextConfig {
    action?: Action;
  }
}
