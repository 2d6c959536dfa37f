import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { createdTokenResponse, createTokenBody, tokenResponse } from '@contract/tokens/token-schema.js';
import { sendJson } from '../api/send-json.js';
import { Field } from '../reports/field.js';
import { fieldErrors, type FieldErrors } from '../reports/field-errors.js';
import { DateTime } from '../ui/date-time.js';
import type { Token, User } from './admin-page.js';
import { errorText } from '../i18n/translate-error.js';
import { TableScroll } from '../ui/table-scroll.js';

export interface TokensSectionProps {
  tokens: readonly Token[];
  /**
   * `own`: the signed-in account's tokens, which it makes and revokes. `all`: the administrator's
   * view of everyone's, to revoke; nobody makes a token for another account.
   */
  scope: 'own' | 'all';
  /** The accounts, to name each token's owner in the `all` view. */
  users?: readonly User[];
  /** The clock the token's state is read against. */
  now?: () => Date;
  onChange: () => void;
}

type TokenState = 'active' | 'revoked' | 'expired';

function tokenState(token: Token, now: Date): TokenState {
  if (token.revoked_at) return 'revoked';
  return Date.parse(token.expires_at) <= now.getTime() ? 'expired' : 'active';
}

/** API tokens: listed with their state, each secret shown once when made, revocable at once. */
export function TokensSection({ tokens, scope, users = [], now = () => new Date(), onChange }: TokensSectionProps) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [days, setDays] = useState('90');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [secret, setSecret] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const userName = (id: string) => users.find((u) => u.id === id)?.name ?? id;

  const create = async (event: FormEvent) => {
    event.preventDefault();
    const body = { name, expires_in_days: days.trim() === '' ? undefined : Number(days) };
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
      <h2 id="tokens-heading">{scope === 'own' ? t('tokens.yours') : t('admin.tokens')}</h2>
      <p>{scope === 'own' ? t('tokens.ownHint') : t('tokens.allHint')}</p>
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
      {tokens.length === 0 ? (
        <p>{t('tokens.none')}</p>
      ) : (
        <TableScroll>
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('admin.tokenName')}</th>
                {scope === 'all' && <th scope="col">{t('admin.tokenUser')}</th>}
                <th scope="col">{t('admin.expires')}</th>
                <th scope="col">{t('admin.status')}</th>
                <th scope="col">{t('queue.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {tokens.map((token) => {
                const state = tokenState(token, now());
                return (
                  <tr key={token.id}>
                    <th scope="row">{token.name ?? token.id}</th>
                    {scope === 'all' && <td>{userName(token.user_id)}</td>}
                    <td>
                      <DateTime iso={token.expires_at} />
                    </td>
                    <td>{t(`tokens.state.${state}`)}</td>
                    <td>
                      {state === 'active' && (
                        <button type="button" aria-label={t('admin.revokeToken', { name: token.name ?? token.id })} onClick={() => void revoke(token)}>
                          {t('admin.revoke')}
                        </button>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
      )}
      {scope === 'own' && (
        <form className="form" noValidate aria-label={t('admin.createToken')} onSubmit={(event) => void create(event)}>
          <fieldset>
            <legend>{t('admin.createToken')}</legend>
            <div className="field-row">
              <Field label={t('admin.tokenName')} error={errors.name}>
                {(c) => <input {...c} name="token_name" autoComplete="off" value={name} onChange={(e) => setName(e.target.value)} />}
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
      )}
    </section>
  );
}
