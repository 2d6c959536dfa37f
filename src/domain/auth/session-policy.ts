import type { IsoTime } from '../iso-time.js';

/** A session ends after this long without a request… */
export const SESSION_IDLE_MS = 30 * 60_000;
/** …and at the latest this long after login, however busy. */
export const SESSION_ABSOLUTE_MS = 12 * 60 * 60_000;
/** Activity is written back at most this often, so that reads do not each cost a write. */
export const SESSION_TOUCH_MS = 60_000;

export interface SessionTimes {
  created_at: IsoTime;
  last_seen_at: IsoTime;
  /** The absolute limit, fixed at login. */
  expires_at: IsoTime;
}

export type SessionState = 'active' | 'idle_expired' | 'expired';

/** Whether a session still holds at `now`: neither idle too long nor past its absolute limit. */
export function sessionState(session: SessionTimes, now: IsoTime): SessionState {
  const at = Date.parse(now);
  if (at >= Date.parse(session.expires_at)) return 'expired';
  if (at - Date.parse(session.last_seen_at) >= SESSION_IDLE_MS) return 'idle_expired';
  return 'active';
}

/** The absolute end of a session that starts at `now`. */
export function sessionExpiry(now: IsoTime): IsoTime {
  return new Date(Date.parse(now) + SESSION_ABSOLUTE_MS).toISOString();
}

/** Whether the session's last activity should be written back at `now`. */
export function sessionNeedsTouch(session: SessionTimes, now: IsoTime): boolean {
  return Date.parse(now) - Date.parse(session.last_seen_at) >= SESSION_TOUCH_MS;
}
