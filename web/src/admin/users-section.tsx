import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { createUserBody, userResponse, userWithPasswordResponse } from '@contract/users/user-schema.js';
import { sendJson } from '../api/send-json.js';
import { Field } from '../reports/field.js';
import { fieldErrors, type FieldErrors } from '../reports/field-errors.js';
import type { Party, User } from './admin-page.js';
import { errorText } from '../i18n/translate-error.js';
import { useContent } from '../i18n/content-store.js';
import { localizeParties } from '../incidents/party-names.js';
import { TableScroll } from '../ui/table-scroll.js';

const ROLES = createUserBody.shape.role.options;

export function UsersSection({ users, parties: original, onChange }: { users: readonly User[]; parties: readonly Party[]; onChange: () => void }) {
  const { t } = useTranslation();
  const parties = localizeParties(original, useContent());
  const [name, setName] = useState('');
  const [role, setRole] = useState<string>('monitor');
  const [partyId, setPartyId] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<{ ok: boolean; lines: string[] } | null>(null);
  const partyName = (id: string | null) => parties.find((p) => p.id === id)?.name ?? '';

  const create = async (event: FormEvent) => {
    event.preventDefault();
    const body = { name, role, party_id: partyId || null, ...(password ? { password } : {}) };
    const parsed = createUserBody.safeParse(body);
    if (!parsed.success) {
      setErrors(fieldErrors(parsed.error, t));
      return;
    }
    setErrors({});
    try {
      const created = await sendJson('POST', '/api/v1/users', body, userWithPasswordResponse);
      setMessage({ ok: true, lines: [t('admin.created', { name: created.user.name ?? created.user.id }), ...(created.password ? [t('admin.passwordOnce', { password: created.password })] : [])] });
      setName('');
      setPassword('');
      onChange();
    } catch (error) {
      setMessage({ ok: false, lines: [t('admin.refused', { message: errorText(error) })] });
    }
  };

  const setDisabled = async (user: User, change: 'disable' | 'enable') => {
    try {
      await sendJson('POST', `/api/v1/users/${encodeURIComponent(user.id)}/${change}`, {}, userResponse);
      onChange();
    } catch (error) {
      setMessage({ ok: false, lines: [t('admin.refused', { message: errorText(error) })] });
    }
  };

  return (
    <section aria-labelledby="users-heading">
      <h2 id="users-heading">{t('admin.users')}</h2>
      <div aria-live="polite">
        {message && (
          <div className={message.ok ? 'notice notice-ok' : 'notice notice-error'} role={message.ok ? 'status' : 'alert'}>
            {message.lines.map((line) => (
              <p key={line}>{line}</p>
            ))}
          </div>
        )}
      </div>
      <TableScroll>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('admin.name')}</th>
              <th scope="col">{t('admin.role')}</th>
              <th scope="col">{t('admin.party')}</th>
              <th scope="col">{t('admin.status')}</th>
              <th scope="col">{t('queue.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {users.map((user) => (
              <tr key={user.id}>
                <th scope="row">{user.name}</th>
                <td>{t(`role.${user.role}`)}</td>
                <td>{partyName(user.party_id)}</td>
                <td>{user.disabled ? t('admin.disabled') : t('admin.active')}</td>
                <td>
                  {user.disabled ? (
                    <button type="button" aria-label={t('admin.enableUser', { name: user.name ?? user.id })} onClick={() => void setDisabled(user, 'enable')}>
                      {t('admin.enable')}
                    </button>
                  ) : (
                    <button type="button" aria-label={t('admin.disableUser', { name: user.name ?? user.id })} onClick={() => void setDisabled(user, 'disable')}>
                      {t('admin.disable')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <form className="form" noValidate aria-label={t('admin.createUser')} onSubmit={(event) => void create(event)}>
        <fieldset>
          <legend>{t('admin.createUser')}</legend>
          <div className="field-row">
            <Field label={t('admin.name')} error={errors.name}>
              {(c) => <input {...c} name="name" autoComplete="off" value={name} onChange={(e) => setName(e.target.value)} />}
            </Field>
            <Field label={t('admin.role')} error={errors.role}>
              {(c) => (
                <select {...c} name="role" value={role} onChange={(e) => setRole(e.target.value)}>
                  {ROLES.map((r) => (
                    <option key={r} value={r}>
                      {t(`role.${r}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label={t('admin.party')} error={errors.party_id}>
              {(c) => (
                <select {...c} name="party_id" value={partyId} onChange={(e) => setPartyId(e.target.value)}>
                  <option value="">{t('admin.partyNone')}</option>
                  {parties.map((p) => (
                    <option key={p.id} value={p.id}>
                      {p.name}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          </div>
          <Field label={t('admin.passwordOptional')} error={errors.password}>
            {(c) => <input {...c} name="password" type="password" autoComplete="new-password" value={password} onChange={(e) => setPassword(e.target.value)} />}
          </Field>
          <div className="actions">
            <button type="submit">{t('admin.create')}</button>
          </div>
        </fieldset>
      </form>
    </section>
  );
}
