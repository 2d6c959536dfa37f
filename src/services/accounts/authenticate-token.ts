import type { Actor } from '../../domain/actor.js';
import { userActorId } from '../../domain/auth/account-types.js';
import { isBefore } from '../../domain/iso-time.js';
import type { ReadContext } from '../use-case-context.js';
import { hashSecretToken } from './secret-token.js';

/** The actor behind a bearer token, or null for an unknown, expired or revoked token or a disabled user. */
export async function authenticateToken(ctx: ReadContext, input: { secret: string }): Promise<Actor | null> {
  const row = await ctx.db
    .selectFrom('api_tokens')
    .innerJoin('users', 'users.id', 'api_tokens.user_id')
    .select(['api_tokens.id', 'api_tokens.user_id', 'api_tokens.role', 'api_tokens.party_id', 'api_tokens.expires_at', 'api_tokens.revoked_at', 'api_tokens.scopes', 'users.disabled'])
    .where('api_tokens.token_hash', '=', hashSecretToken(input.secret))
    .executeTakeFirst();
  if (!row || row.revoked_at !== null || row.disabled || !isBefore(ctx.now, row.expires_at)) return null;
  return { id: userActorId(row.user_id), role: row.role as Actor['role'], partyId: row.party_id, scopes: JSON.parse(row.scopes) as string[] };
}
