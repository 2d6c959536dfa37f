import { describe, expect, it } from 'vitest';
import { displayLocale, formatCalendarDate, formatCountdown, formatDateTime } from './format-date-time.js';

describe('formatDateTime', () => {
  it('shows the moment in the reader\'s zone and locale, with UTC beside it', () => {
    const kyiv = formatDateTime('2025-03-13T12:00:00.000Z', 'en-GB', { timeZone: 'Europe/Kyiv' });
    expect(kyiv.local).toBe('13 Mar 2025, 14:00');
    expect(kyiv.utc).toBe('2025-03-13 12:00 UTC');
    expect(formatDateTime('2025-03-13T23:30:00Z', 'uk', { timeZone: 'Europe/Kyiv' }).local).toMatch(/^14 бер\. 2025 р\., 01:30$/);
    expect(formatDateTime('2025-03-13T23:30:00Z', 'ru', { timeZone: 'Europe/Moscow' }).local).toMatch(/^14 мар\. 2025 г\., 02:30$/);
  });

  it('gives back text that is not a date unchanged', () => {
    expect(formatDateTime('not a date', 'en')).toEqual({ local: 'not a date', utc: 'not a date' });
  });
});

describe('formatCalendarDate', () => {
  it('shows the same calendar day in every zone', () => {
    expect(formatCalendarDate('2025-03-13', 'en-GB')).toBe('13 March 2025');
    expect(formatCalendarDate('2025-03-13', 'uk')).toBe('13 березня 2025 р.');
    expect(formatCalendarDate('2025-03-13', 'ru')).toBe('13 марта 2025 г.');
  });
});

describe('formatCountdown', () => {
  it('counts days, hours, minutes and seconds, never below zero', () => {
    expect(formatCountdown(27 * 86_400 + 4 * 3600 + 12 * 60 + 9, 'd')).toBe('27 d 04:12:09');
    expect(formatCountdown(-5, 'd')).toBe('0 d 00:00:00');
  });
});

describe('displayLocale', () => {
  it('uses the reader\'s regional variant of the interface language, else the language', () => {
    expect(displayLocale('en', ['en-GB', 'uk'])).toBe('en-GB');
    expect(displayLocale('uk', ['en-GB', 'uk-UA'])).toBe('uk-UA');
    expect(displayLocale('ru', ['en-GB'])).toBe('ru');
  });
});
