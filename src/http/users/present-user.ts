import type { Actor } from '../../domain/actor.js';
import type { User } from '../../domain/auth/account-types.js';
import { presentRecord } from '../common/present-record.js';
import type { UserResponse } from './user-schema.js';

/** An account as the reader may see it: its name to the administrator and to itself only. */
export function presentUser(actor: Actor, user: User): UserResponse {
  return presentRecord<UserResponse, 'user'>('user', user, undefined, actor);
}
