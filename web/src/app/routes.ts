/**
 * The pages of the app by path. Incidents, reports and accounts add their entries here
 * and a link in NAVIGATION; nothing else in the shell changes.
 */
export type Route =
  | { page: 'agreement'; agreementId: string | null }
  | { page: 'map' }
  | { page: 'log' }
  | { page: 'incidents' }
  | { page: 'incident'; incidentId: string }
  | { page: 'not-found' };

export const NAVIGATION = [
  { href: '/', key: 'nav.agreement', page: 'agreement' },
  { href: '/map', key: 'nav.map', page: 'map' },
  { href: '/incidents', key: 'incidents.nav', page: 'incidents' },
  { href: '/log', key: 'nav.log', page: 'log' },
] as const;

export function matchRoute(path: string): Route {
  const clean = path.replace(/\/+$/, '') || '/';
  if (clean === '/' || clean === '/agreements') return { page: 'agreement', agreementId: null };
  const agreement = /^\/agreements\/([A-Za-z0-9._:-]+)$/.exec(clean);
  if (agreement?.[1]) return { page: 'agreement', agreementId: agreement[1] };
  if (clean === '/map') return { page: 'map' };
  if (clean === '/log') return { page: 'log' };
  if (clean === '/incidents') return { page: 'incidents' };
  const incident = /^\/incidents\/([A-Za-z0-9._:-]+)$/.exec(clean);
  if (incident?.[1]) return { page: 'incident', incidentId: incident[1] };
  return { page: 'not-found' };
}
