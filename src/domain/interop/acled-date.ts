const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

function month(name: string): number | null {
  const lower = name.toLowerCase();
  const index = MONTHS.findIndex((m) => m === lower || (lower.length >= 3 && m.startsWith(lower)));
  return index < 0 ? null : index + 1;
}

function day(year: number, m: number, d: number): string | null {
  const iso = `${String(year).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  const time = Date.parse(`${iso}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === iso ? iso : null;
}

/**
 * The day an ACLED export gives, in any of the forms its exports and re-exports use:
 * `2024-02-16`, `16 February 2024`, `16-Feb-24`, `16 Feb 2024`, and `16/02/2024` (day first,
 * as ACLED's spreadsheets write it). Two-digit years are 20xx. Null for anything else or a day
 * that does not exist.
 */
export function parseAcledDate(text: string): string | null {
  const t = text.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (m) return day(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
  if (m) return day(Number(m[3]), Number(m[2]), Number(m[1]));
  m = /^(\d{1,2})[\s-]+([A-Za-z]+)[\s-]+(\d{2}|\d{4})$/.exec(t);
  if (m) {
    const mon = month(m[2]!);
    if (mon === null) return null;
    const year = m[3]!.length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
    return day(year, mon, Number(m[1]));
  }
  return null;
}
