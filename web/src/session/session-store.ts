import { useSyncExternalStore } from 'react';
import type { z } from 'zod';
import { sessionResponse } from '@contract/session/session-schema.js';
import { setCsrfToken } from '../api/csrf-token.js';
import { ApiError, fetchJson } from '../api/fetch-json.js';
import { sendJson } from '../api/send-json.js';

export type Session = z.infer<typeof sessionResponse>;

export type SessionState = { state: 'loading' } | { state: 'signed-out' } | { state: 'signed-in'; session: Session };

let current: SessionState = { state: 'loading' };
const listeners = new Set<() => void>();

function set(next: SessionState): void {
  current = next;
  setCsrfToken(next.state === 'signed-in' ? next.session.csrf_token : null);
  for (const listener of listeners) listener();
}

/** Asks the server who this browser is; a 401 means the public. */
export async function loadSession(): Promise<void> {
  try {
    set({ state: 'signed-in', session: await fetchJson('/api/v1/session', sessionResponse) });
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) set({ state: 'signed-out' });
    else throw error;
  }
}

export async function logIn(name: string, password: string): Promise<Session> {
  const session = await sendJson('POST', '/api/v1/session', { name, password }, sessionResponse);
  set({ state: 'signed-in', session });
  return session;
}

export async function logOut(): Promise<void> {
  try {
    await sendJson('DELETE', '/api/v1/session', undefined, sessionResponse.nullable());
  } finally {
    set({ state: 'signed-out' });
  }
}

export function useSession(): SessionState {
  return useSyncExternalStore(
    (onChange) => {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
    () => current,
  );
}

/** Whether the server's policy lets this session perform the action at all. */
export function allows(state: SessionState, action: string): boolean {
  return state.state === 'signed-in' && state.session.actions.includes(action);
}
