import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { partyResponse } from '@contract/parties/party-schema.js';
import { tokenResponse } from '@contract/tokens/token-schema.js';
import { userResponse } from '@contract/users/user-schema.js';
import { fetchJson } from '../api/fetch-json.js';
import { useResource } from '../api/use-resource.js';
import { RequireAction } from '../session/require-action.js';
import { LoadFailure } from '../ui/load-failure.js';
import { TokensSection } from './tokens-section.js';
import { UsersSection } from './users-section.js';

export type User = z.infer<typeof userResponse>;
export type Token = z.infer<typeof tokenResponse>;
export type Party = z.infer<typeof partyResponse>;

async function loadAccounts(signal: AbortSignal) {
  const [users, tokens, parties] = await Promise.all([
    fetchJson('/api/v1/users', z.object({ items: z.array(userResponse) }), signal),
    fetchJson('/api/v1/tokens', z.object({ items: z.array(tokenResponse) }), signal),
    fetchJson('/api/v1/parties', z.object({ items: z.array(partyResponse) }), signal),
  ]);
  return { users: users.items, tokens: tokens.items, parties: parties.items };
}

/** Users (create, disable, enable) and everyone's API tokens (revoke; each account makes its own on its tokens page). */
export function AdminPage() {
  const { t } = useTranslation();
  return (
    <RequireAction action="user.read" title={t('admin.pageTitle')}>
      <Admin />
    </RequireAction>
  );
}

function Admin() {
  const { t } = useTranslation();
  const accounts = useResource('accounts', loadAccounts);
  // Reloading after a change keeps the sections on screen: a password or a secret shown once must not vanish.
  const last = useRef<Awaited<ReturnType<typeof loadAccounts>> | null>(null);
  if (accounts.state === 'ready') last.current = accounts.data;
  const data = last.current;
  if (!data) return accounts.state === 'failed' ? <LoadFailure error={accounts.error} onRetry={accounts.reload} /> : <p role="status">{t('common.loading')}</p>;
  return (
    <section className="admin">
      <h1>{t('admin.pageTitle')}</h1>
      {accounts.state === 'failed' && <LoadFailure error={accounts.error} onRetry={accounts.reload} />}
      <UsersSection users={data.users} parties={data.parties} onChange={accounts.reload} />
      <TokensSection tokens={data.tokens} scope="all" users={data.users} onChange={accounts.reload} />
    </section>
  );
}
