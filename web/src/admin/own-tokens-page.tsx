import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { tokenResponse } from '@contract/tokens/token-schema.js';
import { fetchJson } from '../api/fetch-json.js';
import { useResource } from '../api/use-resource.js';
import { RequireAction } from '../session/require-action.js';
import { LoadFailure } from '../ui/load-failure.js';
import { TokensSection } from './tokens-section.js';

const tokenList = z.object({ items: z.array(tokenResponse) });

/** The signed-in account's own API tokens: the only place a token is made, for oneself. */
export function OwnTokensPage() {
  const { t } = useTranslation();
  return (
    <RequireAction action="token.create" title={t('tokens.pageTitle')}>
      <OwnTokens />
    </RequireAction>
  );
}

function OwnTokens() {
  const { t } = useTranslation();
  const tokens = useResource('own-tokens', (signal) => fetchJson('/api/v1/tokens', tokenList, signal));
  // A secret shown once must not vanish while the list reloads.
  const last = useRef<Awaited<z.infer<typeof tokenList>> | null>(null);
  if (tokens.state === 'ready') last.current = tokens.data;
  const data = last.current;
  if (!data) return tokens.state === 'failed' ? <LoadFailure error={tokens.error} onRetry={tokens.reload} /> : <p role="status">{t('common.loading')}</p>;
  return (
    <section className="admin">
      <h1>{t('tokens.pageTitle')}</h1>
      {tokens.state === 'failed' && <LoadFailure error={tokens.error} onRetry={tokens.reload} />}
      <TokensSection tokens={data.items} scope="own" onChange={tokens.reload} />
    </section>
  );
}
