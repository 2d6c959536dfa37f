import type { Role } from '../actor.js';

/** Roles an account can hold; `public` is the anonymous reader and is never an account. */
export const ACCOUNT_ROLES = ['admin', 'monitor', 'verifier', 'liaison', 'mediator'] as const satisfies readonly Role[];
export type AccountRole = (typeof ACCOUNT_ROLES)[number];

/** Tokens live at most a year; a longer-lived machine gets a new token. */
export const MAX_TOKEN_DAYS = 365;

export interface User {
  id: string;
  name: string;
  role: AccountRole;
  /** A liaison is bound to one party; no other role is. */
  party_id: string | null;
  disabled: boolean;
  created_at: string;
  updated_at: string;
  log_index: number;
  /** The salts that open the sealed groups of the latest entry, by group. */
  salts: Record<string, string>;
}

export interface ApiToken {
  id: string;
  name: string;
  user_id: string;
  role: AccountRole;
  party_id: string | null;
  scopes: string[];
  expires_at: string;
  revoked_at: string | null;
  created_by: string;
  created_at: string;
  log_index: number;
  /** The salts that open the sealed groups of the latest entry, by group. */
  salts: Record<string, string>;
}

/** The id an account acts under in log entries: opaque, so the public log names no one. */
export function userActorId(userId: string): string {
  return `user:${userId}`;
}

/** The user behind an actor id made by `userActorId`, or null for any other actor. */
export function actorUserId(actorId: string): string | null {
  return actorId.startsWith('user:') ? actorId.slice('user:'.length) : null;
}
