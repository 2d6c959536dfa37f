import type { FastifyHelmetOptions } from '@fastify/helmet';

/**
 * Helmet's headers on every answer, with a strict Content-Security-Policy: everything
 * from this origin only, no inline script or style, no plugins, no framing. Images
 * may also be data: URIs (bundlers inline small icons); they cannot run code.
 */
export const CSP_DIRECTIVES = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

/**
 * The API docs (Swagger UI, under /api/docs only) style their widgets inline, so
 * there, and only there, inline styles are allowed; scripts stay 'self'.
 */
export const DOCS_CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

export const HELMET_OPTIONS: FastifyHelmetOptions = {
  global: true,
  contentSecurityPolicy: { useDefaults: false, directives: CSP_DIRECTIVES },
};
