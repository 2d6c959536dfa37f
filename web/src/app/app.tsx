import { lazy, Suspense, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AgreementPage } from '../agreement/agreement-page.js';
import { IncidentDetailPage } from '../incidents/incident-detail-page.js';
import { IncidentListPage } from '../incidents/incident-list-page.js';
import { LogPage } from '../log/log-page.js';
import { LoginPage } from '../session/login-page.js';
import { SessionBar } from '../session/session-bar.js';
import { allows, loadSession, useSession } from '../session/session-store.js';
import { DeskPages } from './desk-pages.js';
import { AppLink } from './app-link.js';
import { LanguageSwitch } from './language-switch.js';
import { matchRoute, NAVIGATION, navigationActions } from './routes.js';
import { useDocumentTitle } from './use-document-title.js';
import { useLocation } from './use-location.js';

// Leaflet and the map data are loaded only when the map is opened; when the map is the first
// page opened, its code downloads while the rest of the app starts.
const loadMapPage = () => import('../map/map-page.js');
if (matchRoute(window.location.pathname).page === 'map') void loadMapPage();
const MapPage = lazy(() => loadMapPage().then((m) => ({ default: m.MapPage })));

export function App() {
  const { t } = useTranslation();
  const path = useLocation();
  const route = matchRoute(path);
  const session = useSession();
  const navigation = NAVIGATION.filter((item) => {
    const actions = navigationActions(item);
    return actions.length === 0 || actions.some((action) => allows(session, action));
  });
  const main = useRef<HTMLElement>(null);
  const firstRender = useRef(true);
  // On a phone the navigation and the tools fold behind one button, so the page starts near the top.
  const [menuOpen, setMenuOpen] = useState(false);
  const menuId = useId();
  useEffect(() => setMenuOpen(false), [path]);

  useEffect(() => {
    loadSession().catch((error: unknown) => console.error(error));
  }, []);

  // After an in-app navigation, move focus to the new page so that screen readers announce it.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    main.current?.focus();
  }, [path]);

  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="site-header">
        <div className="brand">
          <AppLink href="/" className="brand-name">
            {t('app.name')}
          </AppLink>
          <span className="brand-tagline">{t('app.tagline')}</span>
        </div>
        <button type="button" className="menu-toggle" aria-expanded={menuOpen} aria-controls={menuId} onClick={() => setMenuOpen((open) => !open)}>
          {t('app.menu')}
        </button>
        <div id={menuId} className={menuOpen ? 'header-tools open' : 'header-tools'}>
        <nav aria-label={t('app.mainNavigation')}>
          <ul>
            {navigation.map((item) => (
              <li key={item.href}>
                <AppLink href={item.href} aria-current={route.page === item.page ? 'page' : undefined}>
                  {t(item.key)}
                </AppLink>
              </li>
            ))}
          </ul>
        </nav>
        <LanguageSwitch />
        <SessionBar />
        </div>
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        <Suspense fallback={<p role="status">{t('common.loading')}</p>}>
          {route.page === 'agreement' && <AgreementPage agreementId={route.agreementId} />}
          {route.page === 'map' && <MapPage />}
          {route.page === 'log' && <LogPage />}
          {route.page === 'login' && <LoginPage />}
          <DeskPages page={route.page} />
          {route.page === 'incidents' && <IncidentListPage />}
          {route.page === 'incident' && <IncidentDetailPage key={route.incidentId} incidentId={route.incidentId} />}
          {route.page === 'not-found' && <NotFound />}
        </Suspense>
      </main>
      <footer className="site-footer">
        <p>{t('app.footerLog')}</p>
        <p>{t('app.footerOriginal')}</p>
      </footer>
    </>
  );
}

function NotFound() {
  const { t } = useTranslation();
  useDocumentTitle(t('app.notFound'));
  return <h1>{t('app.notFound')}</h1>;
}

