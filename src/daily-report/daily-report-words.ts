import type { DailyReport } from '../domain/compliance/daily-report.js';
import type { Language } from '../domain/languages.js';
import { REPORT_KIND_LABELS, REPORT_SUBTYPE_LABELS } from '../domain/monitoring/report-kind-labels.js';
import type { ReportKind } from '../domain/monitoring/report-taxonomy.js';
import { DAILY_REPORT_MESSAGES, type DailyReportMessages } from './daily-report-messages.js';

/** What both renderers print a report with, in one language: its messages, and kinds, parties, days, times and numbers worded in it. */
export interface DailyReportWords {
  lang: Language;
  m: DailyReportMessages;
  kind: (kind: string, subtype: string | null) => string;
  party: (id: string | null) => string;
  /** A party with how sure the attribution is, and whether it is disputed. */
  attribution: (incident: { attributed_party_id: string | null; attribution_confidence: string | null; disputed: boolean }) => string;
  /** A UTC day, as `12 March 2025` in the language. */
  day: (isoDay: string) => string;
  /** A day as the chart's axis prints it: `12.03` or `Mar 12`. */
  shortDay: (isoDay: string) => string;
  /** A UTC time of day, `14:05`. */
  time: (iso: string) => string;
  /** A moment, as a day and a time in UTC. */
  moment: (iso: string) => string;
  number: (value: number) => string;
  /** Where the agreement stands: `day 3 of 30`, or its status. */
  standing: string;
}

/** British usage for English, as the SMM's reports wrote dates: `18 March 2025`. */
const LOCALE: Record<Language, string> = { en: 'en-GB', uk: 'uk', ru: 'ru' };

export function dailyReportWords(report: DailyReport, lang: Language): DailyReportWords {
  const m = DAILY_REPORT_MESSAGES[lang];
  const locale = LOCALE[lang];
  const names = new Map(report.parties.map((p) => [p.id, p.name]));
  const dayFormat = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' });
  const shortFormat = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', day: 'numeric', month: 'short' });
  const timeFormat = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  const numberFormat = new Intl.NumberFormat(locale);
  const asDay = (isoDay: string) => new Date(`${isoDay.slice(0, 10)}T00:00:00Z`);
  const kinds: Record<string, string> = REPORT_KIND_LABELS[lang];
  return {
    lang,
    m,
    // A kind the taxonomy does not know (from an import, say) prints as stored rather than not at all.
    kind: (kind, subtype) => {
      const name = kinds[kind as ReportKind] ?? kind;
      return subtype ? `${name} (${(REPORT_SUBTYPE_LABELS[lang][subtype] ?? subtype).toLowerCase()})` : name;
    },
    party: (id) => (id ? (names.get(id) ?? id) : m.notAttributable),
    attribution: (i) => {
      const party = i.attributed_party_id ? (names.get(i.attributed_party_id) ?? i.attributed_party_id) : m.notAttributable;
      const sure = i.attribution_confidence ? (m.confidence[i.attribution_confidence as keyof DailyReportMessages['confidence']] ?? i.attribution_confidence) : null;
      return [party, sure && `(${sure})`, i.disputed && `(${m.disputed})`].filter(Boolean).join(' ');
    },
    day: (isoDay) => dayFormat.format(asDay(isoDay)),
    shortDay: (isoDay) => shortFormat.format(asDay(isoDay)),
    time: (iso) => timeFormat.format(new Date(iso)),
    moment: (iso) => `${dayFormat.format(new Date(iso))}, ${timeFormat.format(new Date(iso))} ${m.utc}`,
    number: (value) => numberFormat.format(value),
    standing: report.agreement.day !== null && report.agreement.of !== null ? m.day(report.agreement.day, report.agreement.of) : (m.status[report.agreement.status as keyof DailyReportMessages['status']] ?? report.agreement.status),
  };
}
