import { useTranslation } from 'react-i18next';
import { AppLink } from '../app/app-link.js';
import { navigate } from '../app/use-location.js';
import { logOut, useSession } from './session-store.js';

/** "Signed in as NAME (role)" and the logout button, or the way to log in. */
export function SessionBar() {
  const { t } = useTranslation();
  const session = useSession();
  if (session.state === 'loading') return null;
  if (session.state === 'signed-out') {
    return (
      <div className="session-bar">
        <AppLink href="/login">{t('session.signIn')}</AppLink>
      </div>
    );
  }
  const { user } = session.session;
  return (
    <div className="session-bar">
      <span>{t('session.signedInAs', { name: user.name ?? user.id, role: t(`role.${user.role}`) })}</span>
      <button type="button" onClick={() => void logOut().finally(() => navigate('/public'))}>
        {t('session.signOut')}
      </button>
    </div>
  );
}
