import type { Actor } from '../../domain/actor.js';
import type { ApiToken } from '../../domain/auth/account-types.js';
import { presentRecord } from '../common/present-record.js';
import type { TokenResponse } from './token-schema.js';

/** A token as the reader may see it: its name to the administrator and to its owner only. */
export function presentToken(actor: Actor, token: ApiToken): TokenResponse {
  return presentRecord<TokenResponse, 'api_token'>('api_token', token, undefined, actor);
}
