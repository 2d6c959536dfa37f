/** A time span to filter on; an open end is absent. */
export interface TimeSpan {
  from?: string;
  to?: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i;

/**
 * OGC API – Features' `datetime`: an instant, or an interval `start/end` where either end may be
 * `..` or empty (open). Instants are RFC 3339 date-times with a zone, or dates, which stand for
 * the whole UTC day. Returns null when the text is none of these, or the interval runs backwards.
 */
export function parseOgcDatetime(text: string): TimeSpan | null {
  const parts = text.split('/');
  if (parts.length === 1) {
    const day = instant(parts[0]!, 'start');
    return day === null ? null : { from: day, to: instant(parts[0]!, 'end')! };
  }
  if (parts.length !== 2) return null;
  const [start, end] = parts as [string, string];
  const open = (s: string) => s === '' || s === '..';
  if (open(start) && open(end)) return null;
  const from = open(start) ? undefined : instant(start, 'start');
  const to = open(end) ? undefined : instant(end, 'end');
  if (from === null || to === null) return null;
  if (from !== undefined && to !== undefined && from > to) return null;
  return { ...(from !== undefined ? { from } : {}), ...(to !== undefined ? { to } : {}) };
}

function instant(text: string, edge: 'start' | 'end'): string | null {
  if (DATE.test(text)) {
    const time = Date.parse(`${text}T00:00:00Z`);
    if (Number.isNaN(time) || new Date(time).toISOString().slice(0, 10) !== text) return null;
    return new Date(edge === 'start' ? time : time + 86_400_000 - 1).toISOString();
  }
  if (!DATE_TIME.test(text)) return null;
  const time = Date.parse(text);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}
