import { formatCalendarDate, formatDateTime } from '../format/format-date-time.js';
import { useDisplayLocale } from '../format/use-display-locale.js';

/** A moment in the reader's locale and zone, with UTC beside it. */
export function DateTime({ iso }: { iso: string }) {
  const { local, utc } = formatDateTime(iso, useDisplayLocale());
  return (
    <time dateTime={iso}>
      {local} <span className="utc">({utc})</span>
    </time>
  );
}

/** A calendar date, as citations carry: the same day everywhere. */
export function CalendarDate({ iso }: { iso: string }) {
  return <time dateTime={iso}>{formatCalendarDate(iso, useDisplayLocale())}</time>;
}
