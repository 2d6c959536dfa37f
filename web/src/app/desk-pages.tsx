import { lazy } from 'react';
import type { Route } from './routes.js';

// The desk's pages load when first opened: most readers never open them.
const ReportFormPage = lazy(() => import('../reports/report-form-page.js').then((m) => ({ default: m.ReportFormPage })));
const DashboardPage = lazy(() => import('../dashboard/dashboard-page.js').then((m) => ({ default: m.DashboardPage })));
const DailyReportPage = lazy(() => import('../dashboard/daily-report-page.js').then((m) => ({ default: m.DailyReportPage })));
const LiaisonPage = lazy(() => import('../liaison/liaison-page.js').then((m) => ({ default: m.LiaisonPage })));
const MediationPage = lazy(() => import('../mediation/mediation-page.js').then((m) => ({ default: m.MediationPage })));
const ControlPage = lazy(() => import('../control/control-page.js').then((m) => ({ default: m.ControlPage })));
const AdminPage = lazy(() => import('../admin/admin-page.js').then((m) => ({ default: m.AdminPage })));
const OwnTokensPage = lazy(() => import('../admin/own-tokens-page.js').then((m) => ({ default: m.OwnTokensPage })));
const PublicPage = lazy(() => import('../public/public-page.js').then((m) => ({ default: m.PublicPage })));
const QueuePage = lazy(() => import('../queue/queue-page.js').then((m) => ({ default: m.QueuePage })));

/** The pages of the monitoring desk and the public portal, by route. */
export function DeskPages({ page }: { page: Route['page'] }) {
  switch (page) {
    case 'report-new':
      return <ReportFormPage />;
    case 'queue':
      return <QueuePage />;
    case 'dashboard':
      return <DashboardPage />;
    case 'daily-report':
      return <DailyReportPage />;
    case 'liaison':
      return <LiaisonPage />;
    case 'mediation':
      return <MediationPage />;
    case 'control':
      return <ControlPage />;
    case 'admin':
      return <AdminPage />;
    case 'tokens':
      return <OwnTokensPage />;
    case 'public':
      return <PublicPage />;
    default:
      return null;
  }
}
