import { userActorId, type ApiToken } from '../../auth/account-types.js';
import { copy, type KindPolicy } from '../disclosure-policy.js';

/** A token's existence, owner, role, scopes and state are public; its name is the administrator's and its owner's; its hash never leaves the database. */
export const apiTokenPolicy: KindPolicy<ApiToken> = {
  casework: false,
  facts: (token) => ({ owner: userActorId(token.user_id) }),
  groups: {
    token: { readers: ['public'], fields: copy<ApiToken>('user_id', 'role', 'party_id', 'scopes', 'expires_at', 'revoked_at', 'created_by', 'created_at') },
    name: { readers: ['admin', 'owner'], fields: copy<ApiToken>('name') },
  },
};
