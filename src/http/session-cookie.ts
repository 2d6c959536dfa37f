import type { FastifyReply, FastifyRequest } from 'fastify';

export const SESSION_COOKIE = 'truce_session';

/**
 * The session cookie: HttpOnly (no script reads it), SameSite=Strict (no other
 * site sends it), the whole site as its path, and Secure when served over TLS or
 * when the server runs with --secure-cookies (TLS ends at a proxy in front).
 */
export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, sessionId: string, expiresAt: string, secureCookies: boolean): void {
  reply.setCookie(SESSION_COOKIE, sessionId, {
    httpOnly: true,
    sameSite: 'strict',
    secure: secureCookies || request.protocol === 'https',
    path: '/',
    expires: new Date(expiresAt),
  });
}

export function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'strict' });
}
