import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { createdTokenResponse, createTokenBody, tokenResponse } from '@contract/tokens/token-schema.js';
import { sendJson } from '../api/send-json.js';
import { Field } from '../reports/field.js';
import { fieldErrors, type FieldErrors } from '../reports/field-errors.js';
import { DateTime } from '../ui/date-time.js';
import type { Token, User } from './admin-page.js';
import { errorText } from '../i18n/translate-error.js';

export function TokensSection({ tokens, users, onChange }: { tokens: readonly Token[]; users: readonly User[]; onChange: () => void }) {
  const { t } = useTranslation();
  const active = users.filter((u) => !u.disabled);
  const [name, setName] = useState('');
  const [userId, setUserId] = useState(active[0]?.id ?? '');
  const [days, setDays] = useState('90');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [secret, setSecret] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const userName = (id: string) => users.find((u) => u.id === id)?.name ?? id;

  const create = async (event: FormEvent) => {
    event.preventDefault();
    const body = { user_id: userId, name, expires_in_days: days.trim() === '' ? undefined : Number(days) };
    const parsed = createTokenBody.safeParse(body);
    if (!parsed.success) {
      setErrors(fieldErrors(parsed.error, t));
      return;
    }
    setErrors({});
    setRefusal(null);
    try {
      const created = await sendJson('POST', '/api/v1/tokens', body, createdTokenResponse);
      setSecret(created.secret);
      setName('');
      onChange();
    } catch (error) {
      setRefusal(t('admin.refused', { message: errorText(error) }));
    }
  };

  const revoke = async (token: Token) => {
    try {
      await sendJson('POST', `/api/v1/tokens/${encodeURIComponent(token.id)}/revoke`, {}, tokenResponse);
      onChange();
    } catch (error) {
      setRefusal(t('admin.refused', { message: errorText(error) }));
    }
  };

  return (
    <section aria-labelledby="tokens-heading">
      <h2 id="tokens-heading">{t('admin.tokens')}</h2>
      <div aria-live="polite">
        {secret && (
          <div className="notice notice-warning secret" role="status">
            <p>{t('admin.secretOnce')}</p>
            <p>
              <span className="visually-hidden">{t('admin.secret')}: </span>
              <code>{secret}</code>
            </p>
          </div>
        )}
        {refusal && (
          <p className="notice notice-error" role="alert">
            {refusal}
          </p>
        )}
      </div>
      {tokens.length > 0 && (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('admin.tokenName')}</th>
              <th scope="col">{t('admin.tokenUser')}</th>
              <th scope="col">{t('admin.expires')}</th>
              <th scope="col">{t('admin.status')}</th>
              <th scope="col">{t('queue.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {tokens.map((token) => (
              <tr key={token.id}>
                <th scope="row">{token.name}</th>
                <td>{userName(token.user_id)}</td>
                <td>
                  <DateTime iso={token.expires_at} />
                </td>
                <td>{token.revoked_at ? t('admin.revoked') : t('admin.active')}</td>
                <td>
                  {!token.revoked_at && (
                    <button type="button" aria-label={t('admin.revokeToken', { name: token.name ?? token.id })} onClick={() => void revoke(token)}>
                      {t('admin.revoke')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form className="form" noValidate aria-label={t('admin.createToken')} onSubmit={(event) => void create(event)}>
        <fieldset>
          <legend>{t('admin.createToken')}</legend>
          <div className="field-row">
            <Field label={t('admin.tokenName')} error={errors.name}>
              {(c) => <input {...c} name="token_name" autoComplete="off" value={name} onChange={(e) => setName(e.target.value)} />}
            </Field>
            <Field label={t('admin.tokenUser')} error={errors.user_id}>
              {(c) => (
                <select {...c} name="user_id" value={userId} onChange={(e) => setUserId(e.target.value)}>
                  {active.map((u) => (
                    <option key={u.id} value={u.id}>
                      {u.name}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label={t('admin.expiresDays')} error={errors.expires_in_days}>
              {(c) => <input {...c} name="expires_in_days" type="number" min={1} max={365} step={1} value={days} onChange={(e) => setDays(e.target.value)} />}
            </Field>
          </div>
          <div className="actions">
            <button type="submit">{t('admin.createToken')}</button>
          </div>
        </fieldset>
      </form>
    </section>
  );
}
