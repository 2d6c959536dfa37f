import type { FastifyReply, FastifyRequest } from 'fastify';
import { SESSION_ABSOLUTE_MS } from '../domain/auth/session-policy.js';

export const SESSION_COOKIE = 'truce_session';

/**
 * The session cookie: HttpOnly (no script reads it), SameSite=Strict (no other
 * site sends it), the whole site as its path, and Secure when served over TLS or
 * when the server runs with --secure-cookies (TLS ends at a proxy in front). Its
 * lifetime is a Max-Age, counted by the browser from receipt: an absolute Expires date
 * would be read against the device's clock, which in the field may be wrong. The server
 * still ends the session at its own absolute limit.
 */
export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, sessionId: string, secureCookies: boolean): void {
  reply.setCookie(SESSION_COOKIE, sessionId, {
    httpOnly: true,
    sameSite: 'strict',
    secure: secureCookies || request.protocol === 'https',
    path: '/',
    maxAge: SESSION_ABSOLUTE_MS / 1000,
  });
}

export function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'strict' });
}
