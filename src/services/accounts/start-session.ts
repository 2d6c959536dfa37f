import { SESSION_IDLE_MS, sessionExpiry } from '../../domain/auth/session-policy.js';
import type { WriteContext } from '../use-case-context.js';
import { hashSessionId, newSessionSecret } from './session-secret.js';

export interface StartedSession {
  /** The cookie value; only its hash is stored. */
  sessionId: string;
  csrfToken: string;
  expires_at: string;
}

/**
 * Opens a server-side session for an account whose password was just checked.
 * Sessions are not records: they are never logged, and ended sessions are deleted.
 */
export async function startSession(ctx: WriteContext, input: { user_id: string }): Promise<StartedSession> {
  const idleCutoff = new Date(Date.parse(ctx.now) - SESSION_IDLE_MS).toISOString();
  await ctx.db
    .deleteFrom('sessions')
    .where((eb) => eb.or([eb('expires_at', '<=', ctx.now), eb('last_seen_at', '<=', idleCutoff)]))
    .execute();
  const sessionId = newSessionSecret();
  const csrfToken = newSessionSecret();
  const expires_at = sessionExpiry(ctx.now);
  await ctx.db
    .insertInto('sessions')
    .values({ id_hash: hashSessionId(sessionId), user_id: input.user_id, csrf_token: csrfToken, created_at: ctx.now, last_seen_at: ctx.now, expires_at })
    .execute();
  return { sessionId, csrfToken, expires_at };
}
