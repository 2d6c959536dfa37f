/**
 * The session's CSRF token, held in memory only (never in storage a script of another
 * page could read): every state-changing request of this app sends it as x-csrf-token.
 */
let current: string | null = null;

export function setCsrfToken(token: string | null): void {
  current = token;
}

export function csrfHeaders(): Record<string, string> {
  return current ? { 'x-csrf-token': current } : {};
}
