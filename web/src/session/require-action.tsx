import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../app/app-link.js';
import { useDocumentTitle } from '../app/use-document-title.js';
import { allows, useSession } from './session-store.js';

/**
 * A page for accounts the server allows the action (any one of them): the public is sent to log in, and a
 * signed-in account without the right sees why, not an empty page.
 */
export function RequireAction({ action, title, children }: { action: string | readonly string[]; title: string; children: ReactNode }) {
  const { t } = useTranslation();
  const session = useSession();
  useDocumentTitle(title);
  if (session.state === 'loading') return <p role="status">{t('common.loading')}</p>;
  if (session.state === 'signed-out') {
    return (
      <section>
        <h1>{title}</h1>
        <p>{t('session.signInToSee')}</p>
        <AppLink href={`/login?next=${encodeURIComponent(window.location.pathname)}`}>{t('session.signIn')}</AppLink>
      </section>
    );
  }
  if (![action].flat().some((a) => allows(session, a))) return <Forbidden title={title} role={session.session.user.role} />;
  return <>{children}</>;
}

/** What a 403 looks like: the account's role may not do this. */
export function Forbidden({ title, role }: { title: string; role: string }) {
  const { t } = useTranslation();
  return (
    <section>
      <h1>{title}</h1>
      <p className="notice notice-error" role="alert">
        {t('session.forbidden', { role: t(`role.${role as 'admin'}`) })}
      </p>
    </section>
  );
}
