/**
 * Times are stored and compared as fixed-width UTC ISO-8601 strings
 * (YYYY-MM-DDTHH:mm:ss.sssZ), so that text order is time order on every database.
 */
export type IsoTime = string;

export function toIsoTime(date: Date): IsoTime {
  return date.toISOString();
}

export function addDays(time: IsoTime, days: number): IsoTime {
  return new Date(Date.parse(time) + days * 86_400_000).toISOString();
}

export function isBefore(a: IsoTime, b: IsoTime): boolean {
  return Date.parse(a) < Date.parse(b);
}
