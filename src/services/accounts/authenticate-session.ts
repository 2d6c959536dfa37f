import type { Actor } from '../../domain/actor.js';
import { userActorId } from '../../domain/auth/account-types.js';
import { sessionNeedsTouch, sessionState } from '../../domain/auth/session-policy.js';
import type { ReadContext } from '../use-case-context.js';
import { hashSessionId } from './session-secret.js';

export interface SessionAuthentication {
  actor: Actor;
  idHash: string;
  csrfToken: string;
  expires_at: string;
  /** Its last activity is old enough to be written back. */
  needsTouch: boolean;
}

/**
 * The account behind a session cookie, or null for an unknown, idle, expired or
 * ended session or a disabled user. The role and party are read from the user
 * now, so a change to the account applies to its open sessions at once.
 */
export async function authenticateSession(ctx: ReadContext, input: { sessionId: string }): Promise<SessionAuthentication | null> {
  const idHash = hashSessionId(input.sessionId);
  const row = await ctx.db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select(['sessions.user_id', 'sessions.csrf_token', 'sessions.created_at', 'sessions.last_seen_at', 'sessions.expires_at', 'users.role', 'users.party_id', 'users.disabled'])
    .where('sessions.id_hash', '=', idHash)
    .executeTakeFirst();
  if (!row || row.disabled || sessionState(row, ctx.now) !== 'active') return null;
  return {
    actor: { id: userActorId(row.user_id), role: row.role as Actor['role'], partyId: row.party_id },
    idHash,
    csrfToken: row.csrf_token,
    expires_at: row.expires_at,
    needsTouch: sessionNeedsTouch(row, ctx.now),
  };
}
