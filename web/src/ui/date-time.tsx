import { useTranslation } from 'react-i18next';
import { formatCalendarDate, formatDateTime } from '../format/format-date-time.js';

/** A moment in the reader's locale and zone, with UTC beside it. */
export function DateTime({ iso }: { iso: string }) {
  const { i18n } = useTranslation();
  const { local, utc } = formatDateTime(iso, i18n.language);
  return (
    <time dateTime={iso}>
      {local} <span className="utc">({utc})</span>
    </time>
  );
}

/** A calendar date, as citations carry: the same day everywhere. */
export function CalendarDate({ iso }: { iso: string }) {
  const { i18n } = useTranslation();
  return <time dateTime={iso}>{formatCalendarDate(iso, i18n.language)}</time>;
}
