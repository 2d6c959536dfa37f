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

export const DEVICE_COOKIE = 'truce_device';
/** As long as a device counts as the account's own after a good login. */
const DEVICE_MAX_AGE_S = 30 * 24 * 60 * 60;

/**
 * The device cookie: a random secret that tells the login throttle this browser logged in
 * well before, so that others' failed guesses at the account do not hold it up. HttpOnly and
 * SameSite=Strict like the session's, and only ever sent to the session route.
 */
export function setDeviceCookie(request: FastifyRequest, reply: FastifyReply, device: string, secureCookies: boolean): void {
  reply.setCookie(DEVICE_COOKIE, device, {
    httpOnly: true,
    sameSite: 'strict',
    secure: secureCookies || request.protocol === 'https',
    path: '/api/v1/session',
    maxAge: DEVICE_MAX_AGE_S,
  });
}
