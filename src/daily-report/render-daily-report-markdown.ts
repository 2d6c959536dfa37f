import type { DailyReport, ReportedIncident } from '../domain/compliance/daily-report.js';
import type { Language } from '../domain/languages.js';
import { dailyReportWords } from './daily-report-words.js';

/** What a party, a source or a place is called comes out as text: no heading, link, emphasis or raw HTML. */
const text = (value: string | number) => String(value).replace(/\s+/g, ' ').replace(/[\\`*_{}[\]<>#+!|~&-]/g, (c) => `\\${c}`);
const row = (cells: (string | number)[]) => `| ${cells.map(text).join(' | ')} |`;
const table = (head: string[], rows: (string | number)[][]) => [row(head), row(head.map(() => '---')), ...rows.map(row)].join('\n');

/** The daily report as Markdown, in one language, in the same order as the HTML. */
export function renderDailyReportMarkdown(report: DailyReport, lang: Language = 'en'): string {
  const w = dailyReportWords(report, lang);
  const { m } = w;
  const n = w.number;
  const incidents = (items: readonly ReportedIncident[], empty: string) =>
    items.length === 0
      ? text(empty)
      : table(
          [`${m.time} (${m.utc})`, m.place, m.region, m.kind, m.attribution, m.independentSources, m.terms, m.logEntry],
          items.map((i) => [w.time(i.first_observed_at), i.place_name ?? '', i.region, w.kind(i.kind, i.subtype), w.attribution(i), n(i.corroboration), i.terms.join(', '), i.log_index]),
        );
  const cc = report.civilian_casualties;
  return [
    `# ${text(report.agreement.title)}: ${text(m.dailyReport)}, ${text(w.day(report.date))}`,
    text(`${w.standing} · ${m.generated} ${w.moment(report.generated_at)}`),
    ...(report.synthetic_data ? [`> ${text(m.synthetic)}`] : []),
    `## ${text(m.summaryByRegion)}`,
    report.regions.length === 0
      ? text(m.noRegion)
      : table(
          [m.region, ...report.parties.map((p) => p.name), m.verifiedViolations, m.previousDay],
          report.regions.map((r) => [r.region, ...report.parties.map((p) => n(r.by_party.find((b) => b.party_id === p.id)?.count ?? 0)), n(r.violations), n(r.previous_day)]),
        ),
    `## ${text(m.verifiedIncidents)}`,
    incidents(report.incidents, m.noIncident),
    ...(report.incidents_omitted > 0 ? [text(m.omitted(n(report.incidents_omitted)))] : []),
    `## ${text(m.accessRestrictions)}`,
    incidents(report.access_restrictions, m.noAccessRestriction),
    `## ${text(m.civilianCasualties)}`,
    text(m.casualties(n(cc.killed), n(cc.injured), n(cc.incidents), n(cc.previous_day.killed), n(cc.previous_day.injured))),
    `## ${text(m.controlChanges)}`,
    report.control_changes.length === 0
      ? text(m.noControlChange)
      : table([m.place, m.from, m.to, m.asOf, `${m.area} (km²)`], report.control_changes.map((c) => [c.place_name, c.from, c.to, w.moment(c.as_of), c.area_km2 === null ? '' : n(c.area_km2)])),
    `## ${text(m.annex)}`,
    report.annex.length === 0 ? text(m.noAnnex) : table([m.party, m.kind, m.thisDay, m.sinceEffective], report.annex.map((a) => [w.party(a.party_id), w.kind(a.kind, a.subtype), n(a.today), n(a.cumulative)])),
    '---',
    report.checkpoint ? text(`${m.checkpoint(report.checkpoint.origin, String(report.checkpoint.size), report.checkpoint.root)} ${m.checkCommand}`) : text(m.noCheckpoint),
    '',
  ].join('\n\n');
}
