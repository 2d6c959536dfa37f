/** A moment shown in the reader's locale and time zone, with UTC beside it so that readers in different zones agree. */
export interface FormattedDateTime {
  local: string;
  utc: string;
}

export interface FormatOptions {
  /** The reader's time zone; the browser's own when omitted. */
  timeZone?: string;
}

export function formatDateTime(iso: string, locale: string, options: FormatOptions = {}): FormattedDateTime {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return { local: iso, utc: iso };
  const local = new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    ...(options.timeZone ? { timeZone: options.timeZone } : {}),
  }).format(date);
  return { local, utc: `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC` };
}

/** A calendar date (YYYY-MM-DD, as citations carry) in the reader's locale; it has no time zone. */
export function formatCalendarDate(isoDate: string, locale: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return isoDate;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** Days, hours, minutes and seconds left, as "27 d 04:12:09"; the unit letter is translated by the caller. */
export function formatCountdown(seconds: number, dayUnit: string): string {
  const s = Math.max(0, Math.floor(seconds));
  const days = Math.floor(s / 86_400);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${days} ${dayUnit} ${pad(Math.floor((s % 86_400) / 3600))}:${pad(Math.floor((s % 3600) / 60))}:${pad(s % 60)}`;
}

/**
 * The locale to format in: the reader's own regional variant of the interface language
 * (en-GB rather than en, so that a British reader sees 13/03/2025), else the language itself.
 */
export function displayLocale(language: string, preferred: readonly string[]): string {
  return preferred.find((tag) => tag.split('-')[0]?.toLowerCase() === language) ?? language;
}
