import { MAX_TOKEN_DAYS, type ApiToken } from '../../domain/auth/account-types.js';
import { recordFromRow } from '../../store/record-kinds.js';
import { ForbiddenError, InvalidInputError, NotFoundError } from '../../domain/domain-error.js';
import { isKnownScope, scopesCover } from '../../domain/policy/actions.js';
import { addDays } from '../../domain/iso-time.js';

import { newId } from '../new-id.js';
import type { WriteContext } from '../use-case-context.js';
import { newSecretToken } from './secret-token.js';

export interface CreateApiTokenInput {
  /** The account the token acts for: always the actor's own (the route asks the policy). */
  user_id: string;
  name: string;
  scopes?: string[];
  expires_in_days?: number;
}

export interface CreatedApiToken {
  token: ApiToken;
  /** Shown once; only its hash is stored. */
  secret: string;
}

/** A machine token acts with its user's role and party, until it expires or is revoked. */
export async function createApiToken(ctx: WriteContext, input: CreateApiTokenInput): Promise<CreatedApiToken> {
  const userRow = await ctx.db.selectFrom('users').selectAll().where('id', '=', input.user_id).executeTakeFirst();
  if (!userRow) throw new NotFoundError('user', input.user_id, 'user_id');
  const user = recordFromRow('user', userRow);
  if (user.disabled) throw new InvalidInputError('user_id', 'the user is disabled');
  const days = input.expires_in_days ?? 90;
  if (!Number.isInteger(days) || days < 1 || days > MAX_TOKEN_DAYS) throw new InvalidInputError('expires_in_days', `must be a whole number of days, 1–${MAX_TOKEN_DAYS}`);
  const scopes = input.scopes ?? ['*'];
  if (scopes.length === 0) throw new InvalidInputError('scopes', 'a token needs at least one scope');
  scopes.forEach((scope, i) => {
    if (!isKnownScope(scope)) throw new InvalidInputError(`scopes.${i}`, `unknown scope ${scope}: use *, an action such as agreement.read, or a family such as agreement.*`);
    // A scoped token that makes tokens makes none that may do more than itself.
    if (ctx.actor.scopes !== undefined && !scopesCover(ctx.actor.scopes, scope)) throw new ForbiddenError(`scopes.${i}: ${scope} is beyond the scopes of the token making it`);
  });
  const { secret, hash } = newSecretToken('truce');
  const row = await ctx.records.insert('api_token', 'created', {
    id: newId(),
    name: input.name,
    user_id: user.id,
    role: user.role,
    party_id: user.party_id,
    scopes: JSON.stringify(scopes),
    token_hash: hash,
    expires_at: addDays(ctx.now, days),
    revoked_at: null,
    created_by: ctx.actor.id,
    created_at: ctx.now,
  });
  return { token: recordFromRow('api_token', row), secret };
}
