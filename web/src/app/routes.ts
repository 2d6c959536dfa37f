/**
 * The pages of the app by path. Incidents, reports and accounts add their entries here
 * and a link in NAVIGATION; nothing else in the shell changes.
 */
export type Route =
  | { page: 'agreement'; agreementId: string | null }
  | { page: 'map' }
  | { page: 'log' }
  | { page: 'login' }
  | { page: 'public' }
  | { page: 'report-new' }
  | { page: 'queue' }
  | { page: 'dashboard' }
  | { page: 'daily-report' }
  | { page: 'liaison' }
  | { page: 'mediation' }
  | { page: 'control' }
  | { page: 'admin' }
  | { page: 'tokens' }
  | { page: 'incidents' }
  | { page: 'incident'; incidentId: string }
  | { page: 'not-found' };

export const NAVIGATION = [
  { href: '/', key: 'nav.agreement', page: 'agreement' },
  { href: '/map', key: 'nav.map', page: 'map' },
  { href: '/incidents', key: 'incidents.nav', page: 'incidents' },
  { href: '/log', key: 'nav.log', page: 'log' },
  { href: '/public', key: 'deskNav.public', page: 'public' },
  { href: '/dashboard', key: 'deskNav.dashboard', page: 'dashboard' },
  { href: '/reports/daily', key: 'deskNav.dailyReport', page: 'daily-report' },
  // Pages for signed-in accounts: shown when the server's policy allows the session the action.
  { href: '/reports/new', key: 'deskNav.reportNew', page: 'report-new', action: 'report.create' },
  // Monitors follow their reports through the queue; only verifiers act in it.
  { href: '/queue', key: 'deskNav.queue', page: 'queue', action: ['decision.approve', 'report.bulk_create'] },
  { href: '/liaison', key: 'deskNav.liaison', page: 'liaison', action: 'dispute.create' },
  { href: '/mediation', key: 'deskNav.mediation', page: 'mediation', action: 'dispute.rule' },
  { href: '/control', key: 'deskNav.control', page: 'control', action: 'control_claim.create' },
  { href: '/admin', key: 'deskNav.admin', page: 'admin', action: 'user.read' },
  { href: '/account/tokens', key: 'deskNav.tokens', page: 'tokens', action: 'token.create' },
] as const;

/** The actions of which a navigation entry needs any one; none for a public page. */
export const navigationActions = (item: (typeof NAVIGATION)[number]): readonly string[] => (!('action' in item) ? [] : typeof item.action === 'string' ? [item.action] : item.action);

export function matchRoute(path: string): Route {
  const clean = path.replace(/\/+$/, '') || '/';
  if (clean === '/' || clean === '/agreements') return { page: 'agreement', agreementId: null };
  const agreement = /^\/agreements\/([A-Za-z0-9._:-]+)$/.exec(clean);
  if (agreement?.[1]) return { page: 'agreement', agreementId: agreement[1] };
  if (clean === '/map') return { page: 'map' };
  if (clean === '/log') return { page: 'log' };
  if (clean === '/login') return { page: 'login' };
  if (clean === '/public') return { page: 'public' };
  if (clean === '/reports/new') return { page: 'report-new' };
  if (clean === '/queue') return { page: 'queue' };
  if (clean === '/dashboard') return { page: 'dashboard' };
  if (clean === '/reports/daily') return { page: 'daily-report' };
  if (clean === '/liaison') return { page: 'liaison' };
  if (clean === '/mediation') return { page: 'mediation' };
  if (clean === '/control') return { page: 'control' };
  if (clean === '/admin') return { page: 'admin' };
  if (clean === '/account/tokens') return { page: 'tokens' };
  if (clean === '/incidents') return { page: 'incidents' };
  const incident = /^\/incidents\/([A-Za-z0-9._:-]+)$/.exec(clean);
  if (incident?.[1]) return { page: 'incident', incidentId: incident[1] };
  return { page: 'not-found' };
}
