/** Who performs an action. Every change in the log names one. */
export type Role = 'admin' | 'monitor' | 'verifier' | 'liaison' | 'mediator' | 'public';

export interface Actor {
  /** Stable identifier written into log entries, e.g. `user:…`, `token:…`, `system`. */
  id: string;
  role: Role;
  /** A liaison acts for one party. */
  partyId?: string | null;
  /** An API token's scopes (action names, `prefix.*` or `*`); absent for a person's session. */
  scopes?: readonly string[];
}

/** The anonymous reader: no account, sees only what is published. */
export const PUBLIC_ACTOR: Actor = { id: 'public', role: 'public' };

export const SYSTEM_ACTOR: Actor = { id: 'system', role: 'admin' };
