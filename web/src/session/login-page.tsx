import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/fetch-json.js';
import { navigate } from '../app/use-location.js';
import { useDocumentTitle } from '../app/use-document-title.js';
import { logIn } from './session-store.js';
import { errorText } from '../i18n/translate-error.js';

/** Where to go after logging in: the page that asked for it, if it is one of ours. */
function nextPath(): string {
  const next = new URLSearchParams(window.location.search).get('next');
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export function LoginPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('session.pageTitle'));
  const nameId = useId();
  const passwordId = useId();
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<{ name?: string; password?: string; form?: string }>({});
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const missing = { ...(name.trim() ? {} : { name: t('session.nameRequired') }), ...(password ? {} : { password: t('session.passwordRequired') }) };
    setErrors(missing);
    if (Object.keys(missing).length > 0) return;
    setBusy(true);
    try {
      await logIn(name.trim(), password);
      navigate(nextPath());
    } catch (error) {
      const status = error instanceof ApiError ? error.status : 0;
      setErrors({ form: status === 401 ? t('session.wrongCredentials') : status === 429 ? t('session.tooManyAttempts') : t('session.loginFailed', { message: errorText(error) }) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="login">
      <h1>{t('session.pageTitle')}</h1>
      <form className="form" noValidate onSubmit={(event) => void submit(event)}>
        {errors.form && (
          <p className="notice notice-error" role="alert">
            {errors.form}
          </p>
        )}
        <div className="field">
          <label htmlFor={nameId}>{t('session.name')}</label>
          <input id={nameId} name="name" autoComplete="username" value={name} onChange={(e) => setName(e.target.value)} aria-invalid={errors.name ? true : undefined} aria-describedby={errors.name ? `${nameId}-error` : undefined} />
          {errors.name && (
            <p className="field-error" id={`${nameId}-error`}>
              {errors.name}
            </p>
          )}
        </div>
        <div className="field">
          <label htmlFor={passwordId}>{t('session.password')}</label>
          <input
            id={passwordId}
            name="password"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            aria-invalid={errors.password ? true : undefined}
            aria-describedby={errors.password ? `${passwordId}-error` : undefined}
          />
          {errors.password && (
            <p className="field-error" id={`${passwordId}-error`}>
              {errors.password}
            </p>
          )}
        </div>
        <button type="submit" disabled={busy}>
          {busy ? t('session.signingIn') : t('session.signIn')}
        </button>
      </form>
    </section>
  );
}
