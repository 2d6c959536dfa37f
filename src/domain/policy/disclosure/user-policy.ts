import { userActorId, type User } from '../../auth/account-types.js';
import { copy, type KindPolicy } from '../disclosure-policy.js';

/**
 * That an account or token exists, its role, party and state are public; its name is the
 * administrator's and its own. Password and token hashes are in no group and never leave the database.
 */
export const userPolicy: KindPolicy<User> = {
  casework: false,
  facts: (user) => ({ owner: userActorId(user.id) }),
  groups: {
    account: { readers: ['public'], fields: copy<User>('role', 'party_id', 'disabled', 'created_at', 'updated_at') },
    name: { readers: ['admin', 'owner'], fields: copy<User>('name') },
  },
};
